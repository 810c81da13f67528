package io.parkbridge.protocol.carsafe.client;

import io.parkbridge.protocol.support.error.VendorBusinessException;

/** Chean answered {@code status: false}: the code (5.2/15.1) and message say why. */
public final class CarsafeBusinessException extends VendorBusinessException {
    private static final long serialVersionUID = 1L;

    private final String interfaceNumber;

    /** Chean answered {@code status} false with {@code code} and {@code vendorMessage} to {@code interfaceNumber}. */
    public CarsafeBusinessException(String interfaceNumber, String code, String vendorMessage) {
        super("carsafe", code, "[" + interfaceNumber + "] " + (vendorMessage == null ? "" : vendorMessage));
        this.interfaceNumber = interfaceNumber;
    }

    /** e.g. "6.1". */
    public String interfaceNumber() {
        return interfaceNumber;
    }

    /** 510: payment order timed out or cancelled; calculate again. */
    public boolean orderExpired() {
        return "510".equals(code());
    }

    /** 511: duplicate transaction. */
    public boolean duplicateTransaction() {
        return "511".equals(code());
    }
}
