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
 */
public record FeeLine(String rule, Instant from, Instant to, long units, Money unitPrice, Money subtotal,
        Money capReduction, String capRule) {
    public FeeLine {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(subtotal, "subtotal");
        Objects.requireNonNull(capReduction, "capReduction");
        capRule = capRule == null ? "" : capRule;
    }
}
