package io.parkbridge.core.credential;

import io.parkbridge.core.fee.Stay;
import io.parkbridge.core.plate.Plate;
import io.parkbridge.core.port.AccessListRepository;
import io.parkbridge.core.port.PassRepository;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Answers "is this plate allowed at this time in this area": a valid black-list entry refuses
 * (it wins over everything); otherwise a valid pass for the area, then a valid white-list entry,
 * makes the stay free; otherwise the plate is a visitor billed by the tariff. Validity is
 * half-open: {@code validFrom} inclusive, {@code validTo} exclusive.
 */
public final class AccessPolicy {
    private final PassRepository passes;
    private final AccessListRepository lists;

    /** A policy reading passes and white/black lists from these repositories. */
    public AccessPolicy(PassRepository passes, AccessListRepository lists) {
        this.passes = Objects.requireNonNull(passes, "passes");
        this.lists = Objects.requireNonNull(lists, "lists");
    }

    /**
     * The decision for {@code plate} at {@code at} in {@code area} ({@code null}: any area).
     * An unlicensed vehicle matches no pass or list entry and is always a visitor.
     */
    public AccessDecision decide(Plate plate, Instant at, String area) {
        Objects.requireNonNull(plate, "plate");
        Objects.requireNonNull(at, "at");
        if (plate.isUnlicensed()) {
            return new AccessDecision(AccessDecision.Outcome.VISITOR, "", "");
        }
        List<ListEntry> entries = lists.findByPlate(plate);
        for (ListEntry e : entries) {
            if (e.kind() == ListKind.BLACK && e.applies(plate, at)) {
                return new AccessDecision(AccessDecision.Outcome.REFUSED_BLACK_LIST, "", e.reason());
            }
        }
        for (Pass p : passes.findByPlate(plate)) {
            if (p.covers(plate, at, area)) {
                return new AccessDecision(AccessDecision.Outcome.PASS, p.id(), "");
            }
        }
        for (ListEntry e : entries) {
            if (e.kind() == ListKind.WHITE && e.applies(plate, at)) {
                return new AccessDecision(AccessDecision.Outcome.WHITE_LIST, "", e.reason());
            }
        }
        return new AccessDecision(AccessDecision.Outcome.VISITOR, "", "");
    }

    /**
     * {@code stay} with the plate's passes and list entries attached, so the fee engine bills
     * only the time they do not cover (and refuses a black-listed plate).
     */
    public Stay withCredentials(Stay stay, Plate plate, String area) {
        Objects.requireNonNull(stay, "stay");
        Objects.requireNonNull(plate, "plate");
        if (plate.isUnlicensed()) {
            return stay.withPlate(plate, area);
        }
        return stay.withPlate(plate, area).withPasses(passes.findByPlate(plate))
                .withListEntries(lists.findByPlate(plate));
    }
}
