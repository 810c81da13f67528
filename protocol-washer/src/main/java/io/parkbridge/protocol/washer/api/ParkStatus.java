package io.parkbridge.protocol.washer.api;

/** Parking status of a rollover 2 / new rollover / touchless 2 machine (rt2ParkStatus, MACHINE_RT2_CAR_CHANGE). */
public enum ParkStatus {
    /** Parked correctly. */
    SUCCESS,
    /** The car must move back. */
    BACK,
    /** The car must move forward. */
    FORWARD,
    /** Idle, waiting for a car. */
    WAIT,
    /** A value not in the pages; the raw value is kept with the message. */
    UNKNOWN;

    public static ParkStatus of(String raw) {
        return VendorEnums.of(ParkStatus.class, raw, UNKNOWN);
    }
}
