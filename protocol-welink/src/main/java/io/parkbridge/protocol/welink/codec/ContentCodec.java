package io.parkbridge.protocol.welink.codec;

import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.welink.codec.WeLinkContentException.Reason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.IllegalBlockSizeException;
import javax.crypto.NoSuchPaddingException;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The {@code content} pipeline, both directions. Encode = BASE64(GZIP(3DES(json))) with each
 * step only when its flag is set; decode is the exact reverse. Pure and thread-safe.
 */
public final class ContentCodec {
    /** Decompressed content is capped: a reply is a small JSON document, a zip bomb is not. */
    private static final int MAX_INFLATED = 16 * 1024 * 1024;
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private final CipherSettings settings;
    /** Built once from the SecretKey; null when it is too short, which is reported when content needs it. */
    private final SecretKeySpec cipherKey;
    /** Null for modes without one (ECB). */
    private final IvParameterSpec iv;

    /**
     * @param secretKey the SecretKey; its first {@link CipherSettings#keyLength()} characters key the cipher
     * @param settings the cipher settings
     */
    public ContentCodec(Secret secretKey, CipherSettings settings) {
        Objects.requireNonNull(secretKey, "secretKey");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.cipherKey = secretKey.length() < settings.keyLength() ? null : new SecretKeySpec(
                secretKey.reveal().substring(0, settings.keyLength()).getBytes(StandardCharsets.UTF_8),
                settings.algorithm());
        byte[] ivBytes = settings.iv();
        this.iv = ivBytes.length > 0 ? new IvParameterSpec(ivBytes) : null;
    }

    /** Encodes plain business JSON; an empty input gives an empty content. */
    public String encode(String json, ContentFlags flags) {
        if (json == null || json.isEmpty()) {
            return "";
        }
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        if (flags.encrypt()) {
            bytes = cipher(Cipher.ENCRYPT_MODE, bytes);
        }
        if (flags.zip()) {
            bytes = gzip(bytes);
        }
        return Base64.getEncoder().encodeToString(bytes);
    }

    /**
     * Decodes {@code content} by the flags that came with it.
     *
     * @throws WeLinkContentException naming the step that failed
     */
    public String decode(String content, ContentFlags flags) {
        if (content == null || content.isEmpty()) {
            return "";
        }
        byte[] bytes;
        try {
            // Line breaks are tolerated: old Java encoders (sun.misc.BASE64Encoder) wrap at 76 characters.
            String base64 = hasWhitespace(content) ? WHITESPACE.matcher(content).replaceAll("") : content;
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new WeLinkContentException(Reason.NOT_BASE64, "expected standard Base64 text", null);
        }
        if (flags.zip()) {
            bytes = gunzip(bytes);
        }
        if (flags.encrypt()) {
            bytes = cipher(Cipher.DECRYPT_MODE, bytes);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // With encryption on, garbage after a "successful" decrypt means a wrong key whose
            // padding happened to look valid.
            throw flags.encrypt()
                    ? new WeLinkContentException(Reason.DECRYPTION_FAILED,
                            "decrypted bytes are not UTF-8 text: wrong key or cipher settings", null)
                    : new WeLinkContentException(Reason.NOT_UTF8, "expected UTF-8 JSON text", null);
        }
    }

    private byte[] cipher(int mode, byte[] input) {
        if (cipherKey == null) {
            throw new WeLinkContentException(Reason.CIPHER_UNAVAILABLE, "the SecretKey is shorter than the "
                    + settings.keyLength() + " characters the cipher needs", null);
        }
        try {
            Cipher cipher = newCipher(settings.transformation());
            if (iv != null) {
                cipher.init(mode, cipherKey, iv);
            } else {
                cipher.init(mode, cipherKey);
            }
            return cipher.doFinal(input);
        } catch (BadPaddingException | IllegalBlockSizeException e) {
            throw new WeLinkContentException(Reason.DECRYPTION_FAILED,
                    "could not decrypt: wrong key, wrong cipher settings or corrupted content", null);
        } catch (GeneralSecurityException e) {
            throw new WeLinkContentException(Reason.CIPHER_UNAVAILABLE,
                    "cipher " + settings.transformation() + " unusable: " + e.getClass().getSimpleName(), null);
        }
    }

    /** The characters of regex {@code \\s}; a plain scan is much cheaper than a regex over every reply. */
    private static boolean hasWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || (c >= '\t' && c <= '\r')) {
                return true;
            }
        }
        return false;
    }

    private static Cipher newCipher(String transformation) throws GeneralSecurityException {
        try {
            return Cipher.getInstance(transformation);
        } catch (NoSuchAlgorithmException | NoSuchPaddingException e) {
            // The JDK lacks some paddings (e.g. PKCS7Padding, ZeroBytePadding): BouncyCastle has them.
            return Cipher.getInstance(transformation, new BouncyCastleProvider());
        }
    }

    private static byte[] gzip(byte[] input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(input.length / 2 + 32);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(input);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory streams do not fail
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] input) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(input))) {
            byte[] out = in.readNBytes(MAX_INFLATED + 1);
            if (out.length > MAX_INFLATED) {
                throw new WeLinkContentException(Reason.NOT_GZIP, "decompressed content over " + MAX_INFLATED
                        + " bytes", null);
            }
            return out;
        } catch (IOException e) {
            throw new WeLinkContentException(Reason.NOT_GZIP, "zipCode=1 but the content is not valid GZIP", null);
        }
    }
}
