package io.parkbridge.protocol.support.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A secret (key, password, token) that never prints itself: {@link #toString()} is
 * {@code "****"}. Read it with {@link #reveal()} only where it is used.
 *
 * <p>Keyed digests ({@link Digests}) use key material this secret prepares once and keeps to
 * itself, so signing a message neither copies the secret nor re-derives its key.
 */
public final class Secret {
    private final String value;
    /** UTF-8 of {@link #value}; never handed out, only fed to digests of this package. */
    private final byte[] utf8;
    /** Prepared on first use; two threads racing may both prepare it, with equal results. */
    private volatile PreparedMac hmacSha1;

    private Secret(String value) {
        this.value = value;
        this.utf8 = value.getBytes(StandardCharsets.UTF_8);
    }

    /** Wraps a non-empty secret. */
    public static Secret of(String value) {
        Objects.requireNonNull(value, "secret");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("secret: expected a non-empty value");
        }
        return new Secret(value);
    }

    /** The secret itself. */
    public String reveal() {
        return value;
    }

    /** The secret's UTF-8 bytes (a fresh copy), e.g. as an HMAC key. */
    public byte[] utf8() {
        return utf8.clone();
    }

    /** Feeds the UTF-8 bytes to {@code digest} without a copy leaving this class. */
    void updateUtf8(MessageDigest digest) {
        digest.update(utf8);
    }

    /** HMAC-SHA1 keyed by the UTF-8 bytes, prepared once. */
    PreparedMac hmacSha1() {
        PreparedMac mac = hmacSha1;
        if (mac == null) {
            mac = PreparedMac.of("HmacSHA1", utf8);
            hmacSha1 = mac;
        }
        return mac;
    }

    /** The secret's length in characters (for checks such as a minimum key length). */
    public int length() {
        return value.length();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret s && ConstantTime.equals(value, s.value);
    }

    @Override
    public int hashCode() {
        return 0; // no hint about the value
    }

    @Override
    public String toString() {
        return "****";
    }
}
