package io.parkbridge.protocol.washer.api;

/**
 * The error codes the pages document. Only 20005 appears, with the messages "IotId does not
 * exist", "Parameter cannot be empty" and "Wrong parking": switch on the code, show the message.
 */
public enum WasherErrorCode {
    /** 20005: the request was refused (unknown machine, missing parameter, car parked wrong). */
    REQUEST_REFUSED(20005),
    /** A code not in the pages; the raw code stays on the exception. */
    UNKNOWN(-1);

    private final int code;

    WasherErrorCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static WasherErrorCode of(int code) {
        for (WasherErrorCode c : values()) {
            if (c != UNKNOWN && c.code == code) {
                return c;
            }
        }
        return UNKNOWN;
    }
}
