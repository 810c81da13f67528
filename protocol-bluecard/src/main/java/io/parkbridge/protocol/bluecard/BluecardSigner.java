package io.parkbridge.protocol.bluecard;

import io.parkbridge.protocol.support.crypto.ConstantTime;
import io.parkbridge.protocol.support.crypto.Digests;
import io.parkbridge.protocol.support.crypto.Secret;
import java.util.Objects;

/**
 * The {@code sign} header: lower-case hex {@code md5(key + parkNumber)} (document §2, L209-L213).
 *
 * <p>The body is not part of the digest, so the value is the same for every request of a park:
 * it proves the sender knows the key, nothing more. It does not protect the body against
 * tampering or replay; see docs/vendors/bluecard.md for what a deployment should add.
 */
public final class BluecardSigner {
    private BluecardSigner() {
    }

    /** {@code md5(key + parkNumber)} over UTF-8, as 32 lower-case hex characters. */
    public static String sign(Secret key, String parkNumber) {
        Objects.requireNonNull(key, "key");
        if (parkNumber == null || parkNumber.isEmpty()) {
            throw new IllegalArgumentException("parkNumber: expected the park number assigned by Bluecard");
        }
        return Digests.md5Hex(key, parkNumber);
    }

    /**
     * True if {@code presented} is the sign of {@code parkNumber} under {@code key}. Compared in
     * constant time; a missing header or park number is simply false. Upper-case hex is accepted
     * (the document asks for lower case, a sender that upper-cases the digest proves the same).
     */
    public static boolean verify(Secret key, String parkNumber, String presented) {
        if (presented == null || parkNumber == null || parkNumber.isEmpty()) {
            return false;
        }
        return matches(sign(key, parkNumber), presented);
    }

    /**
     * True if {@code presented} is {@code expected}, a sign made by {@link #sign} (kept by a
     * caller that sees the same park often); the same comparison as {@link #verify}.
     */
    public static boolean matches(String expected, String presented) {
        return presented != null && ConstantTime.equals(expected, presented.toLowerCase(java.util.Locale.ROOT));
    }
}
