package io.parkbridge.protocol.support.error;

/**
 * The call did not complete: connect failure, timeout, reset, or an HTTP status that is not the
 * vendor's envelope. {@link #httpStatus()} is -1 when no response arrived. Whether the vendor
 * acted on the request is unknown.
 */
public final class TransportException extends VendorException {
    private static final long serialVersionUID = 1L;

    private final int httpStatus;

    public TransportException(String vendor, String message, int httpStatus, Throwable cause) {
        super(vendor, message, cause);
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
