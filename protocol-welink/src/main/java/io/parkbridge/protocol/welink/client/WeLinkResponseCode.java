package io.parkbridge.protocol.welink.client;

/** {@code responseStatus.code}: the outcome of a call as a whole. */
public enum WeLinkResponseCode {
    /** 0000 success. */
    SUCCESS("0000"),
    /** 0001 invalid parameter: missing or badly formatted. */
    INVALID_PARAMETER("0001"),
    /** 0002 AppId not registered. */
    INVALID_APP_ID("0002"),
    /** 0003 authentication failed: wrong Signature, or the key is invalid or disabled. */
    AUTHENTICATION_FAILED("0003"),
    /** 0004 merchant not authorized (no product configured, or the park is not authorized for the AppId). */
    MERCHANT_NOT_AUTHORIZED("0004"),
    /** 0005 this AppId may not call this interface. */
    INTERFACE_NOT_AUTHORIZED("0005"),
    /** 0006 system error; for /passport/lock: the operation failed. */
    SYSTEM_ERROR("0006"),
    /** 9999 failure (only in the document's error example). */
    FAILURE("9999"),
    /** A code the document does not list. */
    UNKNOWN("");

    private final String code;

    WeLinkResponseCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** True for 0002-0005: the caller's credentials or rights, not the request, are at fault. */
    public boolean isAuthentication() {
        return this == INVALID_APP_ID || this == AUTHENTICATION_FAILED || this == MERCHANT_NOT_AUTHORIZED
                || this == INTERFACE_NOT_AUTHORIZED;
    }

    public static WeLinkResponseCode of(String code) {
        for (WeLinkResponseCode c : values()) {
            if (c != UNKNOWN && c.code.equals(code)) {
                return c;
            }
        }
        return UNKNOWN;
    }
}
