package io.parkbridge.core.device;

import io.parkbridge.core.plate.Plate;
import java.util.Objects;

/** A command to a device at the site. Constructors validate, so an invalid command never exists. */
public sealed interface DeviceCommand {

    /** Opens the barrier of a lane. */
    record OpenGate(String laneId) implements DeviceCommand {
        public OpenGate {
            requireText(laneId, "laneId");
        }
    }

    /** Starts a wash with scheme 1-3 on a washer. */
    record StartWash(String deviceId, int scheme) implements DeviceCommand {
        public StartWash {
            requireText(deviceId, "deviceId");
            if (scheme < 1 || scheme > 3) {
                throw new IllegalArgumentException("scheme: expected 1-3, got " + scheme);
            }
        }
    }

    /** Lets a water purifier dispense up to {@code volumeMl} (a multiple of 100), waiting 30-120 s. */
    record DispenseWater(String deviceId, int volumeMl, int maxWaitSeconds) implements DeviceCommand {
        public DispenseWater {
            requireText(deviceId, "deviceId");
            if (volumeMl <= 0 || volumeMl % 100 != 0) {
                throw new IllegalArgumentException("volumeMl: expected a positive multiple of 100, got " + volumeMl);
            }
            if (maxWaitSeconds < 30 || maxWaitSeconds > 120) {
                throw new IllegalArgumentException("maxWaitSeconds: expected 30-120, got " + maxWaitSeconds);
            }
        }
    }

    /** Locks ({@code locked = true}) or unlocks a parked car so it cannot leave. */
    record LockCar(Plate plate, boolean locked) implements DeviceCommand {
        public LockCar {
            Objects.requireNonNull(plate, "plate");
            if (plate.isUnlicensed()) {
                throw new IllegalArgumentException("plate: expected a licensed plate; an unlicensed vehicle cannot be"
                        + " locked by plate");
            }
        }
    }

    /** Opens door {@code doorNo} of access controller {@code controllerNo}. */
    record OpenDoor(String controllerNo, int doorNo) implements DeviceCommand {
        public OpenDoor {
            requireText(controllerNo, "controllerNo");
            if (doorNo < 1) {
                throw new IllegalArgumentException("doorNo: expected 1 or more, got " + doorNo);
            }
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + ": expected a non-blank id");
        }
    }
}
