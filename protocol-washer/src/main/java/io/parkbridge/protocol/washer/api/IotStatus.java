package io.parkbridge.protocol.washer.api;

/** Device status values of every page (the pages differ per machine family). */
public enum IotStatus {
    READY, NOT_READY, WASHING, OFFLINE, CMD_ERROR, CAR_ERROR, NOT_ANSWER, LOCKING, NOT_LOCKING, ERROR,
    /** Rollover 2 suspend: not washing. */
    RT2_NOT_WASHING,
    /** Tunnel 1 suspend: not washing. */
    TT1_NOT_WASHING,
    NRT_CAR_NEED_FORWARD, NRT_CAR_NEED_BACK, NRT_DISABLE, NRT_THAWING, NRT_UNLOCKED,
    WP_MAKING, WP_LOCKING, WP_RUNNING, WP_DISABLE, WP_PAUSING,
    /** A value not in the pages; the raw value stays on the reply. */
    UNKNOWN;

    public static IotStatus of(String raw) {
        return VendorEnums.of(IotStatus.class, raw, UNKNOWN);
    }
}
