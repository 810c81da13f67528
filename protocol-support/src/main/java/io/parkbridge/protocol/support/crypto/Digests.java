package io.parkbridge.protocol.support.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;

/**
 * The digest primitives the vendor signers are built on, written once: HMAC-SHA1 keyed by a
 * {@link Secret} and MD5. Which values a vendor signs, in what order and how the
 * result is written stay in the vendor's own signer; compare results with {@link ConstantTime}.
 *
 * <p>Text is always hashed as UTF-8. A secret's HMAC key is prepared on its first use and reused
 * for every later message (see {@link Secret}); every call works on its own MAC or digest, so all
 * methods are thread-safe.
 */
public final class Digests {
    private static final MessageDigest MD5 = md5Prototype();

    private Digests() {
    }

    /**
     * HMAC-SHA1 keyed by the UTF-8 bytes of {@code key}, over the UTF-8 bytes of {@code parts} one
     * after the other: the same as over their concatenation, without building it.
     */
    public static byte[] hmacSha1(Secret key, String... parts) {
        Mac mac = key.hmacSha1().fresh();
        for (String part : parts) {
            mac.update(part.getBytes(StandardCharsets.UTF_8));
        }
        return mac.doFinal();
    }

    /** Standard Base64 (with padding) of {@link #hmacSha1(Secret, String...)}. */
    public static String hmacSha1Base64(Secret key, String... parts) {
        return Base64.getEncoder().encodeToString(hmacSha1(key, parts));
    }

    /** MD5 of the UTF-8 bytes of {@code prefix} followed by those of {@code text}. */
    public static byte[] md5(Secret prefix, String text) {
        MessageDigest md5 = newMd5();
        prefix.updateUtf8(md5);
        md5.update(text.getBytes(StandardCharsets.UTF_8));
        return md5.digest();
    }

    /** {@link #md5(Secret, String)} as 32 lower-case hex characters. */
    public static String md5Hex(Secret prefix, String text) {
        return HexFormat.of().formatHex(md5(prefix, text)); // table-driven already: no faster hand-made table
    }

    private static MessageDigest newMd5() {
        try {
            return (MessageDigest) MD5.clone(); // the prototype is never updated: cloning only reads it
        } catch (CloneNotSupportedException e) {
            return md5Prototype();
        }
    }

    private static MessageDigest md5Prototype() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every Java runtime", e);
        }
    }
}
