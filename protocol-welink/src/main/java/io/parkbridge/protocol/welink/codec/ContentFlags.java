package io.parkbridge.protocol.welink.codec;

/**
 * The two business flags: {@code encryptCode} (3DES) and {@code zipCode} (GZIP). Strings
 * {@code "0"}/{@code "1"} in requests, integers 0/1 in responses.
 */
public record ContentFlags(boolean encrypt, boolean zip) {

    /** Neither encrypted nor compressed: the content is plain JSON in Base64. */
    public static final ContentFlags PLAIN = new ContentFlags(false, false);

    /** Encrypted, then compressed. */
    public static final ContentFlags ENCRYPTED_ZIPPED = new ContentFlags(true, true);

    /** {@code encryptCode} as sent: "0" or "1". */
    public String encryptCode() {
        return encrypt ? "1" : "0";
    }

    /** {@code zipCode} as sent: "0" or "1". */
    public String zipCode() {
        return zip ? "1" : "0";
    }

    /**
     * Reads a flag as the vendor sends it (0/1, number or string).
     *
     * @throws IllegalArgumentException naming {@code field} for any other value
     */
    public static boolean parseFlag(String field, String value) {
        if ("0".equals(value)) {
            return false;
        }
        if ("1".equals(value)) {
            return true;
        }
        throw new IllegalArgumentException(field + ": expected 0 or 1, got " + (value == null ? "nothing" : "'" + value + "'"));
    }
}
