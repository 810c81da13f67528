package io.parkbridge.protocol.support.crypto;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A MAC keyed once and handed out as fresh instances: key processing (and, where the provider
 * allows, the inner pad block) is paid once per key instead of once per message. Holds key
 * material, so it stays inside this package and never prints it.
 */
final class PreparedMac {
    private static final byte[] NOTHING = new byte[0];

    private final SecretKeySpec key;
    /** Keyed, never updated after construction and never finalised: only cloned, which only reads it. */
    private final Mac prototype;
    private final boolean cloneable;

    private PreparedMac(SecretKeySpec key, Mac prototype, boolean cloneable) {
        this.key = key;
        this.prototype = prototype;
        this.cloneable = cloneable;
    }

    /** Prepares {@code algorithm} (a JCA MAC name) keyed by {@code keyBytes}, which are copied. */
    static PreparedMac of(String algorithm, byte[] keyBytes) {
        SecretKeySpec key = new SecretKeySpec(keyBytes, algorithm);
        Mac prototype = newMac(key);
        // Absorbing no bytes changes no result, but lets SunJCE's HmacCore hash its inner pad now, so
        // every clone starts one block further on.
        prototype.update(NOTHING);
        boolean cloneable;
        try {
            prototype.clone();
            cloneable = true;
        } catch (CloneNotSupportedException e) {
            cloneable = false; // some providers' MACs cannot be cloned: then a new one per message
        }
        return new PreparedMac(key, prototype, cloneable);
    }

    /** A MAC of its own for one message: update it, then {@code doFinal}. */
    Mac fresh() {
        if (cloneable) {
            try {
                return (Mac) prototype.clone();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException("a MAC that cloned once refused to clone", e);
            }
        }
        return newMac(key);
    }

    private static Mac newMac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(key.getAlgorithm());
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(key.getAlgorithm() + " unavailable in this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "PreparedMac[" + key.getAlgorithm() + ", key ****]";
    }
}
