package io.parkbridge.protocol.bluecard.client;

import io.parkbridge.protocol.bluecard.Bluecard;
import io.parkbridge.protocol.support.error.VendorBusinessException;

/**
 * Bluecard answered {@code "status":"fail"}. Since v2.0.1 {@code errorCode} is a free-text
 * reason, not a code (L14), so {@link #code()} and {@link #vendorMessage()} both carry it;
 * {@link #interfaceLabel()} says which call failed.
 */
public final class BluecardBusinessException extends VendorBusinessException {
    private static final long serialVersionUID = 1L;

    private final String interfaceLabel;

    /** Bluecard answered {@code fail} with {@code errorCode} to {@code interfaceLabel} (e.g. "4.4 getChargebf"). */
    public BluecardBusinessException(String interfaceLabel, String errorCode) {
        super(Bluecard.VENDOR, errorCode == null || errorCode.isEmpty() ? "fail" : errorCode,
                interfaceLabel + " failed");
        this.interfaceLabel = interfaceLabel;
    }

    /** e.g. "4.4 getChargebf". */
    public String interfaceLabel() {
        return interfaceLabel;
    }
}
