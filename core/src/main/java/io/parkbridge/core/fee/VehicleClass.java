package io.parkbridge.core.fee;

import io.parkbridge.core.plate.Plate;
import io.parkbridge.core.plate.PlateColor;
import io.parkbridge.core.plate.PlateKind;
import java.util.Objects;

/** The vehicle classes a tariff can price differently. */
public enum VehicleClass {
    SMALL, LARGE, NEW_ENERGY, MOTORCYCLE, OTHER;

    /**
     * A best guess from the plate alone: new-energy plates are {@link #NEW_ENERGY}, yellow
     * plates {@link #LARGE}, everything else {@link #SMALL}. Vendors that report a vehicle
     * type should map that instead.
     */
    public static VehicleClass fromPlate(Plate plate) {
        Objects.requireNonNull(plate, "plate");
        if (plate.kind() == PlateKind.NEW_ENERGY_SMALL || plate.kind() == PlateKind.NEW_ENERGY_LARGE) {
            return NEW_ENERGY;
        }
        if (plate.color() == PlateColor.YELLOW) {
            return LARGE;
        }
        return SMALL;
    }
}
