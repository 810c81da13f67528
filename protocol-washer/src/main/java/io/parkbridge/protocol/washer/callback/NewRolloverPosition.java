package io.parkbridge.protocol.washer.callback;

/** Car position in a new rollover washer (ZY_RT_PARK_CHANGE): numeric codes 0, 16, 17. */
public enum NewRolloverPosition {
    /** 0: parked correctly. */
    PARKED("0"),
    /** 16: the car must move forward. */
    NEED_FORWARD("16"),
    /** 17: the car must move back. */
    NEED_BACK("17"),
    UNKNOWN("");

    private final String code;

    NewRolloverPosition(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static NewRolloverPosition of(String raw) {
        for (NewRolloverPosition p : values()) {
            if (p != UNKNOWN && p.code.equals(raw)) {
                return p;
            }
        }
        return UNKNOWN;
    }
}
