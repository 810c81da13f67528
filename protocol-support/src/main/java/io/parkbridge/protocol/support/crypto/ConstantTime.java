package io.parkbridge.protocol.support.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Comparisons whose time does not depend on where two values first differ. */
public final class ConstantTime {
    private ConstantTime() {
    }

    /** True if both are non-null and equal, compared in constant time over their UTF-8 bytes. */
    public static boolean equals(String expected, String actual) {
        if (expected == null || actual == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }

    /** True if both are non-null and equal, compared in constant time. */
    public static boolean equals(byte[] expected, byte[] actual) {
        if (expected == null || actual == null) {
            return false;
        }
        return MessageDigest.isEqual(expected, actual);
    }
}
