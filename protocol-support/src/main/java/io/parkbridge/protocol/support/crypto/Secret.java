package io.parkbridge.protocol.support.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A secret (key, password, token) that never prints itself: {@link #toString()} is
 * {@code "****"}. Read it with {@link #reveal()} only where it is used.
 */
public final class Secret {
    private final String value;

    private Secret(String value) {
        this.value = value;
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
        return value.getBytes(StandardCharsets.UTF_8);
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
