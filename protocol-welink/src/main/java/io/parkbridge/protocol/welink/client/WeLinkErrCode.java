package io.parkbridge.protocol.welink.client;

/**
 * {@code responseStatus.errCode}: the detailed business error. The document's list is open
 * ("比如", for example); values it does not name are {@link #UNKNOWN} and the raw text stays on
 * the exception.
 */
public enum WeLinkErrCode {
    /** No parking fee to pay (/pay/queryTmpRentBill). */
    NO_BILL("NoBill"),
    /** No entry record for the plate (/pay/queryTmpRentBill). */
    NO_ENTER_RECORD("NoEnterRecord"),
    /** Success (seen inside /auth content). */
    SUCCESS("Success"),
    /** Authenticate again (state 7 of /auth/queryEvent). */
    RE_AUTH("ReAuth"),
    /** Not named in the document. */
    UNKNOWN("");

    private final String wire;

    WeLinkErrCode(String wire) {
        this.wire = wire;
    }

    /** The value on the wire. */
    public String wire() {
        return wire;
    }

    public static WeLinkErrCode of(String errCode) {
        for (WeLinkErrCode c : values()) {
            if (c != UNKNOWN && c.wire.equals(errCode)) {
                return c;
            }
        }
        return UNKNOWN;
    }
}
