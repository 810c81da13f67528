package io.parkbridge.core.fee;

import io.parkbridge.core.money.Money;
import java.util.Objects;

/** A discount a merchant grants on a stay. */
public sealed interface Coupon {

    /** The coupon's code or id, for the receipt and for idempotency. */
    String code();

    /** Takes a fixed amount off. */
    record AmountOff(String code, Money amount) implements Coupon {
        public AmountOff {
            Objects.requireNonNull(code, "code");
            if (amount == null || !amount.isPositive()) {
                throw new IllegalArgumentException("amount: expected more than zero, got " + amount);
            }
        }
    }

    /** Takes minutes off the billed time. */
    record MinutesOff(String code, long minutes) implements Coupon {
        public MinutesOff {
            Objects.requireNonNull(code, "code");
            if (minutes <= 0) {
                throw new IllegalArgumentException("minutes: expected more than zero, got " + minutes);
            }
        }
    }

    /** Takes a percentage (1-100) off what remains. */
    record PercentOff(String code, int percent) implements Coupon {
        public PercentOff {
            Objects.requireNonNull(code, "code");
            if (percent < 1 || percent > 100) {
                throw new IllegalArgumentException("percent: expected 1-100, got " + percent);
            }
        }
    }

    /** Makes the stay free. */
    record FreeOfCharge(String code) implements Coupon {
        public FreeOfCharge {
            Objects.requireNonNull(code, "code");
        }
    }
}
