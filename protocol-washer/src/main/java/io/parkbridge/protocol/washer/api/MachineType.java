package io.parkbridge.protocol.washer.api;

/**
 * The platform's machine type codes (getIotInfo, MACHINE_UPDATE_INFO). The purifier is spelled
 * WATER_PURIFIER on the callback page and WATER_PURIFIER_1 on the device information page; both
 * are accepted.
 */
public enum MachineType {
    NSELF_HELP_1, NFULL_AUTO_1, NFULL_AUTO_2, NFULL_AUTO_3, NTUNNEL_1, WATER_PURIFIER, WATER_PURIFIER_1,
    /** A type not in the pages; the raw value is kept with the message. */
    UNKNOWN;

    public static MachineType of(String raw) {
        return VendorEnums.of(MachineType.class, raw, UNKNOWN);
    }

    /** True for either spelling of the water purifier. */
    public boolean isWaterPurifier() {
        return this == WATER_PURIFIER || this == WATER_PURIFIER_1;
    }
}
