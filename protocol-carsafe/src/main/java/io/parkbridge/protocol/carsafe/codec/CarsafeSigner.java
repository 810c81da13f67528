package io.parkbridge.protocol.carsafe.codec;

import io.parkbridge.protocol.support.crypto.ConstantTime;
import io.parkbridge.protocol.support.crypto.Secret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The chapter 5 signature: {@code sign = Base64(HMAC-SHA1(key, S))} where {@code S} is
 * {@code from}, {@code timestamp} and {@code nonce} sorted in ordinal (ASCII) order and
 * concatenated, followed by {@code data} as the exact compact JSON text sent. {@code branchno}
 * and {@code queryFormat} are not signed. Pure functions, no I/O.
 */
public final class CarsafeSigner {
    private CarsafeSigner() {
    }

    /** The string to sign. {@code dataJson} is the data text exactly as on the wire ("" when absent). */
    public static String stringToSign(String from, String timestamp, String nonce, String dataJson) {
        String[] parts = {nz(from), nz(timestamp), nz(nonce)};
        Arrays.sort(parts); // String.compareTo is ordinal on UTF-16 units: ASCII order for these values
        return parts[0] + parts[1] + parts[2] + nz(dataJson);
    }

    /** Signs the envelope values. */
    public static String sign(Secret key, String from, String timestamp, String nonce, String dataJson) {
        return hmacBase64(key, stringToSign(from, timestamp, nonce, dataJson));
    }

    /** True if {@code sign} matches, compared in constant time. */
    public static boolean verify(Secret key, String from, String timestamp, String nonce, String dataJson,
            String sign) {
        if (sign == null || sign.isEmpty()) {
            return false;
        }
        return ConstantTime.equals(sign(key, from, timestamp, nonce, dataJson), sign);
    }

    /** Base64(HMAC-SHA1(key, UTF-8 bytes of text)). */
    public static String hmacBase64(Secret key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.utf8(), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 unavailable", e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
