package io.parkbridge.protocol.washer.api;

import io.parkbridge.protocol.support.error.VendorBusinessException;
import io.parkbridge.protocol.washer.Washer;

/** The platform answered a non-zero {@code code}. */
public final class WasherBusinessException extends VendorBusinessException {
    private static final long serialVersionUID = 1L;

    private final int numericCode;

    public WasherBusinessException(int code, String message) {
        super(Washer.VENDOR, String.valueOf(code), message);
        this.numericCode = code;
    }

    public int numericCode() {
        return numericCode;
    }

    /** The documented meaning, UNKNOWN for codes the pages do not list. */
    public WasherErrorCode errorCode() {
        return WasherErrorCode.of(numericCode);
    }
}
