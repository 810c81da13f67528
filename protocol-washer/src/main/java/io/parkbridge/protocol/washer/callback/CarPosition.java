package io.parkbridge.protocol.washer.callback;

import io.parkbridge.protocol.washer.api.VendorEnums;

/** Car position in a rollover 1/3 or touchless 1 washer (MACHINE_FA_CAR_CHANGE). */
public enum CarPosition {
    SUCCESS, FAIL, BACK, ENTER, WAIT, UNKNOWN;

    public static CarPosition of(String raw) {
        return VendorEnums.of(CarPosition.class, raw, UNKNOWN);
    }
}
