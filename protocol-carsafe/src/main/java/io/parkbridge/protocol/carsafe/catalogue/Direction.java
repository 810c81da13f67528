package io.parkbridge.protocol.carsafe.catalogue;

/** Who calls whom for one interface of the Chean document. */
public enum Direction {
    /** We (the third party) call the Chean interface service. */
    WE_CALL,
    /** Chean (or the car park through it) calls an endpoint we expose (chapters 13, 14, callbacks, relays). */
    VENDOR_CALLS_US,
    /** Chapter 9: the car park uploads to 车安通 or a configured platform; callable like {@link #WE_CALL}. */
    UPLOAD,
    /** The document does not settle the direction; offered as callable. */
    UNCLEAR;

    /** True if our client sends this interface's requests. */
    public boolean outbound() {
        return this != VENDOR_CALLS_US;
    }
}
