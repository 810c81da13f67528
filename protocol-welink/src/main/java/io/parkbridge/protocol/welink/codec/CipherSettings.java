package io.parkbridge.protocol.welink.codec;

import java.util.Arrays;
import java.util.Objects;

/**
 * How {@code content} is encrypted when {@code encryptCode=1}. The document names 3DES but not
 * the mode, padding or key derivation; the vendor's public demo code uses
 * {@code DESede/ECB/PKCS5Padding} keyed by the first 24 characters of the SecretKey (UTF-8),
 * which is {@link #DEFAULT}.
 *
 * @param algorithm the key algorithm, e.g. {@code DESede}
 * @param transformation the JCA transformation; when the JDK lacks it, BouncyCastle is used
 * @param keyLength how many leading characters of the SecretKey form the key
 * @param iv the initialisation vector for chained modes (CBC); empty for ECB
 */
public record CipherSettings(String algorithm, String transformation, int keyLength, byte[] iv) {

    /** DESede/ECB/PKCS5Padding, key = first 24 characters of the SecretKey. */
    public static final CipherSettings DEFAULT = new CipherSettings("DESede", "DESede/ECB/PKCS5Padding", 24,
            new byte[0]);

    public CipherSettings {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(transformation, "transformation");
        if (keyLength < 1) {
            throw new IllegalArgumentException("keyLength: expected 1 or more, got " + keyLength);
        }
        iv = iv == null ? new byte[0] : iv.clone();
    }

    @Override
    public byte[] iv() {
        return iv.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CipherSettings c && algorithm.equals(c.algorithm) && transformation.equals(c.transformation)
                && keyLength == c.keyLength && Arrays.equals(iv, c.iv);
    }

    @Override
    public int hashCode() {
        return Objects.hash(algorithm, transformation, keyLength, Arrays.hashCode(iv));
    }

    @Override
    public String toString() {
        return "CipherSettings[" + transformation + ", key=first " + keyLength + " chars of the SecretKey"
                + (iv.length == 0 ? "" : ", iv=" + iv.length + " bytes") + "]";
    }
}
