package io.parkbridge.protocol.carsafe.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/** 6.54 车辆锁定状态: 0 unlocked, 1 locked, 2 unlocked after lock, 3 not in the park. */
public record LockStatus(@JsonProperty("licensePlate") String licensePlate,
        @JsonProperty("lockStatus") String lockStatus, @JsonProperty("lockDate") String lockDate,
        @JsonProperty("unlockDate") String unlockDate) {

    /** True when the vehicle is locked. */
    public boolean locked() {
        return "1".equals(lockStatus);
    }
}
