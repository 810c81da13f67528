package io.parkbridge.core.credential;

import io.parkbridge.core.plate.Plate;
import java.time.Instant;
import java.util.Objects;

/**
 * A plate on the white or black list.
 *
 * @param kind which list
 * @param plate the plate
 * @param reason why it is listed, may be empty
 * @param validFrom first instant listed (inclusive)
 * @param validTo first instant no longer listed (exclusive); {@link Instant#MAX} for no end
 */
public record ListEntry(ListKind kind, Plate plate, String reason, Instant validFrom, Instant validTo) {
    public ListEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(plate, "plate");
        reason = reason == null ? "" : reason;
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        if (!validTo.isAfter(validFrom)) {
            throw new IllegalArgumentException("validTo: expected after validFrom " + validFrom + ", got " + validTo);
        }
    }

    /** True if this entry lists {@code plate} at {@code at}. */
    public boolean applies(Plate other, Instant at) {
        return plate.sameNumber(other) && !at.isBefore(validFrom) && at.isBefore(validTo);
    }
}
