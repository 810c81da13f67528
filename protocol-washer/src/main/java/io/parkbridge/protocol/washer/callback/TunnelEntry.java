package io.parkbridge.protocol.washer.callback;

import io.parkbridge.protocol.washer.api.VendorEnums;

/** Car entry status of a tunnel washer 1 (MACHINE_TT1_CAR_INTO). */
public enum TunnelEntry {
    SUCCESS, INTO_TIME_OUT, UNKNOWN;

    public static TunnelEntry of(String raw) {
        return VendorEnums.of(TunnelEntry.class, raw, UNKNOWN);
    }
}
