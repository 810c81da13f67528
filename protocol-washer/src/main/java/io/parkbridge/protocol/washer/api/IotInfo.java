package io.parkbridge.protocol.washer.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * One machine's details. The page's table and example disagree on names (lng/lat vs
 * longitude/latitude, iotType vs machineType, isOnline String vs number): both spellings are
 * kept; coordinates are exact decimals.
 */
public record IotInfo(Long iotId, String name, String country, String address, BigDecimal longitude,
        BigDecimal latitude, BigDecimal lng, BigDecimal lat, String errorStatus, Long defaultProgramId,
        String isOnline, String machineType, String iotType, List<Long> programId, String infoImg) {

    /** The machine type from either field. */
    public MachineType type() {
        return MachineType.of(machineType != null ? machineType : iotType);
    }

    /** True when isOnline is 1. */
    public boolean online() {
        return "1".equals(isOnline);
    }

    public boolean hasError() {
        return "ERROR".equals(errorStatus);
    }
}
