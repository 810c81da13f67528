package io.parkbridge.core.fee;

import io.parkbridge.core.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a stay costs and why: enough to print a receipt or answer a disputed fee.
 *
 * <p>Identity: {@code payable = max(0, gross - discountTotal - alreadyPaid - alreadyDiscounted)}.
 * Vendor quotes map their own fields 1:1 onto these (e.g. Bluecard charge → gross,
 * paidTotal → alreadyPaid, profitChargeTotal → alreadyDiscounted, payCharge → payable).
 *
 * @param entry when the stay began
 * @param exit the moment the quote is for
 * @param lines each billed stretch; empty for vendor quotes that do not itemise
 * @param gross the fee before any discount or payment
 * @param discounts discounts applied by this quote (coupons, passes)
 * @param alreadyPaid amounts paid before this quote
 * @param alreadyDiscounted discounts granted before this quote (the vendors' "profit")
 * @param payable what remains to pay now
 * @param notes free-text explanations (free minutes used, grace period, pass coverage)
 */
public record FeeQuote(Instant entry, Instant exit, List<FeeLine> lines, Money gross, List<AppliedDiscount> discounts,
        Money alreadyPaid, Money alreadyDiscounted, Money payable, List<String> notes) {

    public FeeQuote {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(exit, "exit");
        lines = List.copyOf(lines);
        Objects.requireNonNull(gross, "gross");
        discounts = List.copyOf(discounts);
        Objects.requireNonNull(alreadyPaid, "alreadyPaid");
        Objects.requireNonNull(alreadyDiscounted, "alreadyDiscounted");
        Objects.requireNonNull(payable, "payable");
        notes = List.copyOf(notes);
    }

    /** Builds a quote whose payable follows the identity above. */
    public static FeeQuote of(Instant entry, Instant exit, List<FeeLine> lines, Money gross,
            List<AppliedDiscount> discounts, Money alreadyPaid, Money alreadyDiscounted, List<String> notes) {
        Money discountTotal = sum(discounts);
        Money payable = gross.minus(discountTotal).minus(alreadyPaid).minus(alreadyDiscounted).atLeastZero();
        return new FeeQuote(entry, exit, lines, gross, discounts, alreadyPaid, alreadyDiscounted, payable, notes);
    }

    /** The sum of {@link #discounts()}. */
    public Money discountTotal() {
        return sum(discounts);
    }

    private static Money sum(List<AppliedDiscount> discounts) {
        Money sum = Money.ZERO;
        for (AppliedDiscount d : discounts) {
            sum = sum.plus(d.amount());
        }
        return sum;
    }
}
