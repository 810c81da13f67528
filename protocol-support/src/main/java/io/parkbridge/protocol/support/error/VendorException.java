package io.parkbridge.protocol.support.error;

/**
 * Base of every failure talking to a vendor. Messages never contain secrets. Subtypes say what
 * kind of failure it was, so callers can decide whether to retry, re-authenticate or give up.
 */
public abstract class VendorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String vendor;

    protected VendorException(String vendor, String message, Throwable cause) {
        super(vendor + ": " + message, cause);
        this.vendor = vendor;
    }

    /** Which vendor, e.g. "welink". */
    public String vendor() {
        return vendor;
    }
}
