package io.parkbridge.protocol.carsafe.codec;

import io.parkbridge.protocol.support.crypto.ConstantTime;
import io.parkbridge.protocol.support.crypto.Digests;
import io.parkbridge.protocol.support.crypto.Secret;
import java.util.Arrays;

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
        return String.join("", partsToSign(from, timestamp, nonce, dataJson));
    }

    /** Signs the envelope values. */
    public static String sign(Secret key, String from, String timestamp, String nonce, String dataJson) {
        return Digests.hmacSha1Base64(key, partsToSign(from, timestamp, nonce, dataJson));
    }

    /** True if {@code sign} matches, compared in constant time. */
    public static boolean verify(Secret key, String from, String timestamp, String nonce, String dataJson,
            String sign) {
        if (sign == null || sign.isEmpty()) {
            return false;
        }
        return ConstantTime.equals(sign(key, from, timestamp, nonce, dataJson), sign);
    }

    /** S in its four parts, in signing order; hashed part by part, so S itself is only built for display. */
    private static String[] partsToSign(String from, String timestamp, String nonce, String dataJson) {
        String[] parts = {nz(from), nz(timestamp), nz(nonce), nz(dataJson)};
        Arrays.sort(parts, 0, 3); // String.compareTo is ordinal on UTF-16 units: ASCII order for these values
        return parts;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
