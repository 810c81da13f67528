package io.parkbridge.protocol.carsafe.codec;

import io.parkbridge.protocol.support.crypto.ConstantTime;
import io.parkbridge.protocol.support.crypto.Digests;
import io.parkbridge.protocol.support.crypto.Secret;

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
        return sortedHead(from, timestamp, nonce) + nz(dataJson);
    }

    /** Signs the envelope values. */
    public static String sign(Secret key, String from, String timestamp, String nonce, String dataJson) {
        // S is hashed in two parts: data, often kilobytes, is not copied into S first.
        return Digests.hmacSha1Base64(key, sortedHead(from, timestamp, nonce), nz(dataJson));
    }

    /** True if {@code sign} matches, compared in constant time. */
    public static boolean verify(Secret key, String from, String timestamp, String nonce, String dataJson,
            String sign) {
        if (sign == null || sign.isEmpty()) {
            return false;
        }
        return ConstantTime.equals(sign(key, from, timestamp, nonce, dataJson), sign);
    }

    /** The start of S: from, timestamp and nonce in ordinal order, concatenated. */
    private static String sortedHead(String from, String timestamp, String nonce) {
        // String.compareTo is ordinal on UTF-16 units: ASCII order for these values. Three
        // compare-and-swaps sort three values, without an array and a general sort.
        String a = nz(from);
        String b = nz(timestamp);
        String c = nz(nonce);
        String t;
        if (a.compareTo(b) > 0) {
            t = a;
            a = b;
            b = t;
        }
        if (b.compareTo(c) > 0) {
            t = b;
            b = c;
            c = t;
        }
        if (a.compareTo(b) > 0) {
            t = a;
            a = b;
            b = t;
        }
        return a + b + c;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
