package io.parkbridge.protocol.support.error;

/**
 * The vendor understood the request and refused it for a business reason (no bill, no entry
 * record, plate unknown...). {@link #code()} is the vendor's code to switch on.
 */
public class VendorBusinessException extends VendorException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final String vendorMessage;

    /**
     * @param vendor which vendor
     * @param code the vendor's refusal code
     * @param vendorMessage the vendor's explanation (may be empty)
     */
    public VendorBusinessException(String vendor, String code, String vendorMessage) {
        super(vendor, "refused with code " + code + (vendorMessage == null || vendorMessage.isEmpty() ? ""
                : ": " + vendorMessage), null);
        this.code = code;
        this.vendorMessage = vendorMessage == null ? "" : vendorMessage;
    }

    /** The vendor's refusal code, to switch on. */
    public String code() {
        return code;
    }

    /** The vendor's explanation, empty when it gave none. */
    public String vendorMessage() {
        return vendorMessage;
    }
}
