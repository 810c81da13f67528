package io.parkbridge.protocol.bluecard.sim;

import io.parkbridge.core.money.Money;
import java.time.Duration;
import java.time.Instant;

/**
 * How the simulator prices a stay (before payments and discounts). The default is a simple
 * rule; an application can plug the core fee engine in here.
 */
@FunctionalInterface
public interface FeeRule {

    /** The gross fee of a stay from {@code entry} to {@code at}. */
    Money gross(Instant entry, Instant at);

    /** First {@code freeMinutes} free, then {@code perHour} per started hour. */
    static FeeRule simple(long freeMinutes, Money perHour) {
        return (entry, at) -> {
            long minutes = Math.max(0, Duration.between(entry, at).toMinutes());
            if (minutes <= freeMinutes) {
                return Money.ZERO;
            }
            return perHour.times((minutes + 59) / 60);
        };
    }

    /** 15 minutes free, then 2.00 yuan per started hour. */
    FeeRule DEFAULT = simple(15, Money.ofFen(200));
}
