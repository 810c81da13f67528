package io.parkbridge.core.fee;

import io.parkbridge.core.plate.Plate;

/** The plate is black-listed: it may not enter, so no fee is quoted. */
public final class EntryRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Plate plate;
    private final String reason;

    /**
     * @param plate the black-listed plate
     * @param reason the entry's reason, may be null or empty
     */
    public EntryRefusedException(Plate plate, String reason) {
        super("entry refused for " + plate + ": black-listed" + (reason == null || reason.isEmpty() ? "" : " (" + reason
                + ")"));
        this.plate = plate;
        this.reason = reason == null ? "" : reason;
    }

    /** The black-listed plate (not serialised). */
    public Plate plate() {
        return plate;
    }

    /** The black-list entry's reason, may be empty. */
    public String reason() {
        return reason;
    }
}
