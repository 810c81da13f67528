package io.parkbridge.protocol.bluecard.message;

import java.util.Locale;

/** Values of a reply's {@code status}. Compared case-insensitively; anything else is {@link #OTHER}. */
public enum Status {
    /** Done (4.28: open the gate). */
    SUCCESS("success"),
    /** Refused; {@code errorCode} says why (4.28: do not open). */
    FAIL("fail"),
    /** 4.28 only: the third party cannot decide, the park decides. */
    SELF("self"),
    /** A value the document does not list. */
    OTHER("");

    private final String wire;

    Status(String wire) {
        this.wire = wire;
    }

    /** The value on the wire. */
    public String wire() {
        return wire;
    }

    /** The status for a wire value; unknown or missing values are {@link #OTHER}. */
    public static Status fromWire(String raw) {
        if (raw == null) {
            return OTHER;
        }
        String v = raw.strip().toLowerCase(Locale.ROOT);
        for (Status s : values()) {
            if (s != OTHER && s.wire.equals(v)) {
                return s;
            }
        }
        return OTHER;
    }
}
