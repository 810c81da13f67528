package io.parkbridge.core.port;

import io.parkbridge.core.money.Money;
import io.parkbridge.core.plate.Plate;
import java.time.Instant;
import java.util.Objects;

/**
 * A payment made outside the vendor (by the merchant's app or kiosk), to report to the vendor.
 *
 * @param parkId the park
 * @param plate the vehicle
 * @param orderId the merchant's order id; the idempotency key for the report
 * @param amount what was paid
 * @param discount discount granted with it
 * @param paidAt when it was paid
 * @param method payment method as the merchant names it (e.g. "wechat", "alipay", "cash")
 */
public record PaymentReport(String parkId, Plate plate, String orderId, Money amount, Money discount, Instant paidAt,
        String method) {
    public PaymentReport {
        parkId = parkId == null ? "" : parkId;
        Objects.requireNonNull(plate, "plate");
        if (orderId == null || orderId.isBlank()) {
            throw new IllegalArgumentException("orderId: expected a non-blank order id");
        }
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount: expected zero or more, got " + amount);
        }
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(paidAt, "paidAt");
        method = method == null ? "" : method;
    }
}
