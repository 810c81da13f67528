package io.parkbridge.core.fee;

import io.parkbridge.core.money.Money;
import java.util.Objects;

/**
 * A discount taken off the gross fee.
 *
 * @param kind e.g. "coupon:amount", "coupon:minutes", "pass", "vendor-profit"
 * @param reference the coupon code or pass id it came from; empty if none
 * @param amount how much it took off
 * @param description a line for the receipt
 */
public record AppliedDiscount(String kind, String reference, Money amount, String description) {
    public AppliedDiscount {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        reference = reference == null ? "" : reference;
        description = description == null ? "" : description;
    }
}
