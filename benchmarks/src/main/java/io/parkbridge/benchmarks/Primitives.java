package io.parkbridge.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The bare JDK primitives the codecs are built on, called the cheapest thread-safe way: a fresh
 * {@code Cipher} per call with its key prepared once; a {@code Mac} or {@code MessageDigest} of its
 * own per call, cloned from a prototype prepared once (keyed, for a MAC). They are the baselines
 * the codec benchmarks are divided by: what is left is the codec's own overhead.
 */
public final class Primitives {
    private static final byte[] NOTHING = new byte[0];
    private static final MessageDigest MD5;

    static {
        try {
            MD5 = MessageDigest.getInstance("MD5");
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Primitives() {
    }

    public static byte[] desede(int mode, SecretKeySpec key, byte[] input) {
        try {
            Cipher c = Cipher.getInstance("DESede/ECB/PKCS5Padding");
            c.init(mode, key);
            return c.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] gzip(byte[] input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(input.length / 2 + 32);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] gunzip(byte[] input) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(input))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Base64(HMAC-SHA1(key, UTF-8 text)), on a clone of {@code keyed} (see {@link #hmacSha1(String)}). */
    public static String hmacSha1Base64(Mac keyed, String text) {
        try {
            Mac mac = (Mac) keyed.clone();
            return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lower-case hex MD5 of {@code a} then {@code b}. */
    public static String md5Hex(byte[] a, byte[] b) {
        try {
            MessageDigest md5 = (MessageDigest) MD5.clone();
            md5.update(a);
            md5.update(b);
            return HexFormat.of().formatHex(md5.digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An HMAC-SHA1 prototype keyed by {@code key}'s UTF-8 bytes, never finalised, only cloned. The
     * empty update makes SunJCE hash the inner pad now rather than in every clone.
     */
    public static Mac hmacSha1(String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            mac.update(NOTHING);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static SecretKeySpec desedeKey(String secretKey) {
        return new SecretKeySpec(secretKey.substring(0, 24).getBytes(StandardCharsets.UTF_8), "DESede");
    }
}
