package io.parkbridge.protocol.support.error;

/** The vendor rejected our credentials or signature, or a reply's signature did not verify. */
public final class AuthenticationException extends VendorException {
    private static final long serialVersionUID = 1L;

    private final String code;

    /**
     * @param vendor which vendor
     * @param code the vendor's code, null or empty when detected locally
     * @param message what was refused, without secrets
     */
    public AuthenticationException(String vendor, String code, String message) {
        super(vendor, message + (code == null || code.isEmpty() ? "" : " (code " + code + ")"), null);
        this.code = code == null ? "" : code;
    }

    /** The vendor's code, empty when the failure was detected locally. */
    public String code() {
        return code;
    }
}
