package io.parkbridge.core.credential;

import io.parkbridge.core.plate.Plate;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A monthly or long-term pass: its plates park free inside its validity, in its areas.
 *
 * @param id the pass id (vendor's or ours)
 * @param plates the plates it covers (one or more)
 * @param validFrom first instant covered (inclusive)
 * @param validTo first instant no longer covered (exclusive)
 * @param areas parking areas it covers; empty means every area
 * @param holder holder's name, may be empty
 */
public record Pass(String id, Set<Plate> plates, Instant validFrom, Instant validTo, Set<String> areas, String holder) {
    public Pass {
        Objects.requireNonNull(id, "id");
        plates = Set.copyOf(plates);
        if (plates.isEmpty()) {
            throw new IllegalArgumentException("plates: expected at least one plate");
        }
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        if (!validTo.isAfter(validFrom)) {
            throw new IllegalArgumentException("validTo: expected after validFrom " + validFrom + ", got " + validTo);
        }
        areas = Set.copyOf(areas);
        holder = holder == null ? "" : holder;
    }

    /** True if this pass covers {@code plate} at {@code at} in {@code area} (null area: any). */
    public boolean covers(Plate plate, Instant at, String area) {
        boolean plateMatches = plates.stream().anyMatch(p -> p.sameNumber(plate));
        boolean inTime = !at.isBefore(validFrom) && at.isBefore(validTo);
        boolean inArea = areas.isEmpty() || area == null || areas.contains(area);
        return plateMatches && inTime && inArea;
    }
}
