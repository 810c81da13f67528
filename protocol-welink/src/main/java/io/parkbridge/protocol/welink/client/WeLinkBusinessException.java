package io.parkbridge.protocol.welink.client;

import io.parkbridge.protocol.support.error.VendorBusinessException;

/**
 * WeLink refused the request with a business {@code errCode} (NoBill, NoEnterRecord...).
 * {@link #errCode()} is the typed value to switch on; {@link #code()} the raw errCode.
 */
public final class WeLinkBusinessException extends VendorBusinessException {
    private static final long serialVersionUID = 1L;

    private final WeLinkErrCode errCode;
    private final WeLinkResponseCode status;

    public WeLinkBusinessException(String statusCode, String errCode, String message) {
        super("welink", errCode, message);
        this.errCode = WeLinkErrCode.of(errCode);
        this.status = WeLinkResponseCode.of(statusCode);
    }

    /** The typed errCode; {@link WeLinkErrCode#UNKNOWN} for values the document does not name. */
    public WeLinkErrCode errCode() {
        return errCode;
    }

    /** The accompanying responseStatus.code. */
    public WeLinkResponseCode status() {
        return status;
    }
}
