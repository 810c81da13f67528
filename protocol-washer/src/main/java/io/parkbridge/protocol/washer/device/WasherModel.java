package io.parkbridge.protocol.washer.device;

import io.parkbridge.protocol.washer.api.MachineType;

/**
 * The machine families of the control API, each with its own endpoint group and session rule.
 * The platform's machine type codes cover only some of them ({@link #of(MachineType)}); the
 * others must be configured per machine.
 */
public enum WasherModel {
    /** rt1: lock (plan) → the car parks (MACHINE_FA_CAR_CHANGE SUCCESS) → start. */
    ROLLOVER_1("rt1"),
    /** rt2: no gate; check parking, then start with the plan. */
    ROLLOVER_2("rt2"),
    /** rt3: like rollover 1. */
    ROLLOVER_3("rt3"),
    /** nrt: check parking; parked → lock and start, else lock → ZY_RT_PARK_CHANGE 0 → start. */
    NEW_ROLLOVER("nrt"),
    /** nt1: lock → the car parks (MACHINE_FA_CAR_CHANGE SUCCESS) → start. */
    TOUCHLESS_1("nt1"),
    /** nt2: check parking; parked → lock and start, else refused. */
    TOUCHLESS_2("nt2"),
    /** tt1: send the program; the tunnel starts by itself. */
    TUNNEL_1("tt1"),
    /** sht2: opened for a number of minutes. */
    SELF_SERVICE_2("sht2"),
    /** wp1: locked with a volume and a wait time; the user presses the button. */
    WATER_PURIFIER_1("wp1"),
    /** Self-service 1: started by the active request only, no control API. */
    SELF_SERVICE_1("");

    private final String group;

    WasherModel(String group) {
        this.group = group;
    }

    /** The endpoint group, e.g. rt1; empty when the family has no control API. */
    public String group() {
        return group;
    }

    /** The family of a platform machine type, or null when the type does not say. */
    public static WasherModel of(MachineType type) {
        return switch (type) {
            case NSELF_HELP_1 -> SELF_SERVICE_1;
            case NFULL_AUTO_1 -> ROLLOVER_1;
            case NFULL_AUTO_2 -> ROLLOVER_2;
            case NFULL_AUTO_3 -> ROLLOVER_3;
            case NTUNNEL_1 -> TUNNEL_1;
            case WATER_PURIFIER, WATER_PURIFIER_1 -> WATER_PURIFIER_1;
            case UNKNOWN -> null;
        };
    }
}
