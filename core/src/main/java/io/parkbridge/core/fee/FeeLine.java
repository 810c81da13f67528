package io.parkbridge.core.fee;

import io.parkbridge.core.money.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * One billed line of a {@link FeeQuote}: a stretch of the stay priced by one rule.
 *
 * @param rule what priced it, e.g. "first period", "day 08:00-20:00", "night cap"
 * @param from start of the stretch (inclusive)
 * @param to end of the stretch (exclusive)
 * @param units how many billing units were charged (partial units rounded up)
 * @param unitPrice price of one unit
 * @param subtotal units × unitPrice, less {@code capReduction}
 * @param capReduction how much a cap took off this line (zero when no cap applied)
 * @param capRule which cap applied, empty when none
 * @param repeats how many consecutive days this line stands for: 1 for a line billed once; more
 *     when a long stay's full days bill alike and are priced once, so a 30-day receipt is a few
 *     lines, not ninety. Then {@code from} is the start of the first day's run and {@code to} the
 *     end of the last day's, and {@code units}, {@code subtotal} and {@code capReduction} are the
 *     totals over all of them (each day's share is the total divided by {@code repeats}).
 */
public record FeeLine(String rule, Instant from, Instant to, long units, Money unitPrice, Money subtotal,
        Money capReduction, String capRule, int repeats) {
    public FeeLine {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(subtotal, "subtotal");
        Objects.requireNonNull(capReduction, "capReduction");
        capRule = capRule == null ? "" : capRule;
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats: expected 1 or more, got " + repeats);
        }
    }

    /** A line billed once. */
    public FeeLine(String rule, Instant from, Instant to, long units, Money unitPrice, Money subtotal,
            Money capReduction, String capRule) {
        this(rule, from, to, units, unitPrice, subtotal, capReduction, capRule, 1);
    }
}
