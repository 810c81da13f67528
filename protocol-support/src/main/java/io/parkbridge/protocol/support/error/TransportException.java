package io.parkbridge.protocol.support.error;

/**
 * The call did not complete: connect failure, timeout, reset, a reply over
 * {@code HttpCaller.MAX_REPLY_BYTES}, or an HTTP status that is not the vendor's envelope.
 * {@link #httpStatus()} is -1 when no response arrived. Whether the vendor acted on the request
 * is unknown.
 */
public final class TransportException extends VendorException {
    private static final long serialVersionUID = 1L;

    private final int httpStatus;

    /**
     * @param vendor which vendor
     * @param message what failed, without query strings or secrets
     * @param httpStatus the last HTTP status, -1 when no response arrived
     * @param cause the I/O failure, if any
     */
    public TransportException(String vendor, String message, int httpStatus, Throwable cause) {
        super(vendor, message, cause);
        this.httpStatus = httpStatus;
    }

    /** The last HTTP status received, -1 when no response arrived. */
    public int httpStatus() {
        return httpStatus;
    }
}
