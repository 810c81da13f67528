package io.parkbridge.protocol.carsafe.sim;

import io.parkbridge.core.money.Money;
import io.parkbridge.core.fee.FeeEngine;
import io.parkbridge.core.fee.Stay;
import io.parkbridge.core.fee.Tariff;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The simulated car park: vehicles inside, orders, stored-value and monthly cards, locks,
 * blacklist, gate and door commands. Guarded by the simulator's lock.
 */
final class SimulatedParkState {
    final Map<String, LocalDateTime> parked = new LinkedHashMap<>();
    final Map<String, Order> orders = new LinkedHashMap<>();
    final Map<String, Money> storedValue = new LinkedHashMap<>();
    final Map<String, LocalDate> monthly = new LinkedHashMap<>();
    final Map<String, String> locks = new LinkedHashMap<>();
    final Map<String, Map<String, String>> blacklist = new LinkedHashMap<>();
    final List<Map<String, String>> cards = new ArrayList<>();
    final List<String> deviceCommands = new ArrayList<>();
    /** Coupons 6.30 accepts: barcode to the amount it takes off. */
    final Map<String, Money> couponValues = new LinkedHashMap<>();
    final AtomicLong sequence = new AtomicLong(1000);
    int totalSpaces = 100;

    /** A parking order created by 6.1. */
    static final class Order {
        final String orderNo;
        final String plate;
        final String cardInId;
        final LocalDateTime enter;
        final LocalDateTime calcEnd;
        final long minutes;
        final Money cost;
        Money paid;
        Money discount = Money.ZERO;
        final java.util.Set<String> coupons = new java.util.LinkedHashSet<>();
        String status = "0";

        /** What remains to pay after coupons. */
        Money due() {
            return cost.minus(discount).atLeastZero();
        }

        Order(String orderNo, String plate, String cardInId, LocalDateTime enter, LocalDateTime calcEnd, long minutes,
                Money cost) {
            this.orderNo = orderNo;
            this.plate = plate;
            this.cardInId = cardInId;
            this.enter = enter;
            this.calcEnd = calcEnd;
            this.minutes = minutes;
            this.cost = cost;
        }
    }

    /** Default tariff: 15 minutes free, then 5.00 yuan per started hour, at most 50.00 per 24 hours. */
    static final Tariff DEFAULT_TARIFF = Tariff.simple(Duration.ofMinutes(15), Duration.ZERO, Money.ZERO,
            Duration.ofHours(1), Money.ofFen(500), Money.ofFen(5000));

    private static final FeeEngine ENGINE = new FeeEngine();
    Tariff tariff = DEFAULT_TARIFF;

    /** The fee for a stay, from the core fee engine. */
    Money fee(Instant entry, Instant exit) {
        return ENGINE.quote(tariff, Stay.of(entry, exit)).payable();
    }

    /** Minutes parked, seconds rounded up (6.1 "有秒数进一"). */
    static long minutes(LocalDateTime from, LocalDateTime to) {
        long seconds = Math.max(0, Duration.between(from, to).getSeconds());
        return (seconds + 59) / 60;
    }
}
