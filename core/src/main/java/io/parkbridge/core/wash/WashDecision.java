package io.parkbridge.core.wash;

import io.parkbridge.core.money.Money;
import java.util.Objects;

/**
 * The merchant's answer to a {@link WashRequest}.
 *
 * @param approved serve the customer or not
 * @param scheme wash scheme 1-3 (ignored by purifiers; 1 when refused)
 * @param balanceAfter the card balance to show after the debit, zero when not applicable
 * @param orderId the merchant's order id; always present, also on refusals
 * @param volumeMl water allowed, a positive multiple of 100 for an approved purifier session, else 0
 * @param maxWaitSeconds 30-120 for an approved purifier session, else 0
 * @param reason why, for logs and the operator (never shown to the machine)
 */
public record WashDecision(boolean approved, int scheme, Money balanceAfter, String orderId, int volumeMl,
        int maxWaitSeconds, String reason) {
    public WashDecision {
        if (scheme < 1 || scheme > 3) {
            throw new IllegalArgumentException("scheme: expected 1-3, got " + scheme);
        }
        Objects.requireNonNull(balanceAfter, "balanceAfter");
        if (orderId == null || orderId.isBlank()) {
            throw new IllegalArgumentException("orderId: expected an order id, also on refusals");
        }
        if (volumeMl < 0 || volumeMl % 100 != 0) {
            throw new IllegalArgumentException("volumeMl: expected a multiple of 100, got " + volumeMl);
        }
        if (maxWaitSeconds != 0 && (maxWaitSeconds < 30 || maxWaitSeconds > 120)) {
            throw new IllegalArgumentException("maxWaitSeconds: expected 30-120 (or 0 when unused), got "
                    + maxWaitSeconds);
        }
        reason = reason == null ? "" : reason;
    }

    /** A refusal. */
    public static WashDecision refuse(String orderId, String reason) {
        return new WashDecision(false, 1, Money.ZERO, orderId, 0, 0, reason);
    }

    /** An approved wash with {@code scheme}. */
    public static WashDecision wash(String orderId, int scheme, Money balanceAfter) {
        return new WashDecision(true, scheme, balanceAfter, orderId, 0, 0, "");
    }

    /** An approved purifier session. */
    public static WashDecision water(String orderId, int volumeMl, int maxWaitSeconds, Money balanceAfter) {
        if (volumeMl <= 0) {
            throw new IllegalArgumentException("volumeMl: expected a positive multiple of 100, got " + volumeMl);
        }
        if (maxWaitSeconds == 0) {
            throw new IllegalArgumentException("maxWaitSeconds: expected 30-120, got 0");
        }
        return new WashDecision(true, 1, balanceAfter, orderId, volumeMl, maxWaitSeconds, "");
    }
}
