package io.parkbridge.core.port;

/** The vendor's protocol has no operation for what was asked. */
public final class NotSupportedByVendorException extends UnsupportedOperationException {
    private static final long serialVersionUID = 1L;

    /**
     * @param vendor the vendor name
     * @param operation what was asked, e.g. "openGate"
     */
    public NotSupportedByVendorException(String vendor, String operation) {
        super(vendor + " does not support " + operation);
    }
}
