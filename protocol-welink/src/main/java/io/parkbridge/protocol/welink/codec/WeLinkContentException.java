package io.parkbridge.protocol.welink.codec;

import io.parkbridge.protocol.support.error.VendorException;

/**
 * {@code content} could not be decoded: not Base64, not GZIP, not decryptable with our key, or
 * not UTF-8 JSON text after decoding. Never carries the content or the key.
 */
public final class WeLinkContentException extends VendorException {
    private static final long serialVersionUID = 1L;

    /** Which step failed. */
    public enum Reason {
        /** The text is not standard Base64. */
        NOT_BASE64,
        /** zipCode=1 but the bytes are not a GZIP stream. */
        NOT_GZIP,
        /** encryptCode=1 but decryption failed: wrong key, wrong cipher settings or corrupted bytes. */
        DECRYPTION_FAILED,
        /** The decoded bytes are not UTF-8 text. */
        NOT_UTF8,
        /** The cipher or compressor could not run at all (misconfiguration). */
        CIPHER_UNAVAILABLE
    }

    private final Reason reason;

    public WeLinkContentException(Reason reason, String message, Throwable cause) {
        super("welink", "content: " + message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
