package io.parkbridge.protocol.support.crypto;

import java.security.SecureRandom;

/** Where request nonces come from. Never a constant: inject a fixed one only in tests. */
@FunctionalInterface
public interface NonceSource {

    /** The next nonce. */
    long next();

    /** Uniform random nonces in [{@code min}, {@code max}] from a {@link SecureRandom}. */
    static NonceSource secureRandom(long min, long max) {
        if (max < min) {
            throw new IllegalArgumentException("nonce range: expected min <= max, got " + min + ".." + max);
        }
        SecureRandom random = new SecureRandom();
        long span = max - min + 1;
        return () -> min + (span > 0 ? Math.floorMod(random.nextLong(), span) : random.nextLong());
    }
}
