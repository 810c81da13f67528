package io.parkbridge.core.fee;

import io.parkbridge.core.credential.ListEntry;
import io.parkbridge.core.credential.Pass;
import io.parkbridge.core.money.Money;
import io.parkbridge.core.plate.Plate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One stay to quote: when it began and the moment it is quoted for, who parked, and what was
 * already settled.
 *
 * @param entry when the vehicle entered
 * @param exit the moment the quote is for (leaving, or now); not before {@code entry}
 * @param vehicleClass the class the tariff prices
 * @param plate the plate, to match passes and list entries; {@code null} when unknown
 * @param area the parking area, to match passes; {@code null} for any
 * @param alreadyPaid paid before this quote (the vendors' "paid" fields)
 * @param alreadyDiscounted discounts granted before this quote (the vendors' "profit" fields)
 * @param lastPaidAt when the last payment was made, starting the grace period; {@code null} if
 *     never paid
 * @param coupons coupons presented for this quote
 * @param passes passes that may cover the plate (the engine checks plate, area and validity)
 * @param listEntries white/black list entries that may apply to the plate
 */
public record Stay(Instant entry, Instant exit, VehicleClass vehicleClass, Plate plate, String area,
        Money alreadyPaid, Money alreadyDiscounted, Instant lastPaidAt, List<Coupon> coupons, List<Pass> passes,
        List<ListEntry> listEntries) {

    public Stay {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(exit, "exit");
        if (exit.isBefore(entry)) {
            throw new IllegalArgumentException("exit: expected at or after entry " + entry + ", got " + exit);
        }
        Objects.requireNonNull(vehicleClass, "vehicleClass");
        Tariff.requireNotNegative("alreadyPaid", alreadyPaid);
        Tariff.requireNotNegative("alreadyDiscounted", alreadyDiscounted);
        if (lastPaidAt != null && lastPaidAt.isBefore(entry)) {
            throw new IllegalArgumentException("lastPaidAt: expected at or after entry " + entry + ", got "
                    + lastPaidAt);
        }
        coupons = List.copyOf(coupons == null ? List.of() : coupons);
        passes = List.copyOf(passes == null ? List.of() : passes);
        listEntries = List.copyOf(listEntries == null ? List.of() : listEntries);
    }

    /** A small vehicle's stay with nothing paid. */
    public static Stay of(Instant entry, Instant exit) {
        return of(entry, exit, VehicleClass.SMALL);
    }

    /** A stay with nothing paid. */
    public static Stay of(Instant entry, Instant exit, VehicleClass vehicleClass) {
        return new Stay(entry, exit, vehicleClass, null, null, Money.ZERO, Money.ZERO, null, List.of(), List.of(),
                List.of());
    }

    /** This stay quoted at another moment. */
    public Stay withExit(Instant newExit) {
        return new Stay(entry, newExit, vehicleClass, plate, area, alreadyPaid, alreadyDiscounted, lastPaidAt,
                coupons, passes, listEntries);
    }

    /** This stay for another plate and parking area. */
    public Stay withPlate(Plate newPlate, String newArea) {
        return new Stay(entry, exit, vehicleClass, newPlate, newArea, alreadyPaid, alreadyDiscounted, lastPaidAt,
                coupons, passes, listEntries);
    }

    /** This stay with {@code paid} paid at {@code paidAt} (starting the grace period). */
    public Stay withPayment(Money paid, Instant paidAt) {
        return new Stay(entry, exit, vehicleClass, plate, area, paid, alreadyDiscounted, paidAt, coupons, passes,
                listEntries);
    }

    /** This stay with {@code discounted} already granted (deducted from what is payable). */
    public Stay withAlreadyDiscounted(Money discounted) {
        return new Stay(entry, exit, vehicleClass, plate, area, alreadyPaid, discounted, lastPaidAt, coupons,
                passes, listEntries);
    }

    /** This stay with these coupons presented (applied in this order). */
    public Stay withCoupons(List<Coupon> newCoupons) {
        return new Stay(entry, exit, vehicleClass, plate, area, alreadyPaid, alreadyDiscounted, lastPaidAt,
                newCoupons, passes, listEntries);
    }

    /** This stay with the plate's passes (free inside their validity). */
    public Stay withPasses(List<Pass> newPasses) {
        return new Stay(entry, exit, vehicleClass, plate, area, alreadyPaid, alreadyDiscounted, lastPaidAt, coupons,
                newPasses, listEntries);
    }

    /** This stay with the plate's white/black-list entries. */
    public Stay withListEntries(List<ListEntry> entries) {
        return new Stay(entry, exit, vehicleClass, plate, area, alreadyPaid, alreadyDiscounted, lastPaidAt, coupons,
                passes, entries);
    }
}
