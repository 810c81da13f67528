package io.parkbridge.protocol.support.error;

/**
 * A message (a vendor's reply, or an inbound request) did not match the protocol: bad JSON, a
 * missing or out-of-range field, undecodable content. The message names the field and what was
 * expected.
 */
public final class MalformedMessageException extends VendorException {
    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param vendor which vendor
     * @param field the offending field's path, empty for the whole message
     * @param expected what was expected, e.g. "a yuan amount" (never the rejected value)
     * @param cause the parser's failure, if any
     */
    public MalformedMessageException(String vendor, String field, String expected, Throwable cause) {
        super(vendor, (field == null || field.isEmpty() ? "" : field + ": ") + "expected " + expected, cause);
        this.field = field == null ? "" : field;
    }

    /** The offending field's path, empty when the whole message is at fault. */
    public String field() {
        return field;
    }
}
