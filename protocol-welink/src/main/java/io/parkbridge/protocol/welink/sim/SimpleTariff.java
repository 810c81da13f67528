package io.parkbridge.protocol.welink.sim;

import io.parkbridge.core.fee.AppliedDiscount;
import io.parkbridge.core.fee.Coupon;
import io.parkbridge.core.fee.FeeLine;
import io.parkbridge.core.fee.FeeQuote;
import io.parkbridge.core.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A plain hourly tariff for the simulator: the first {@code freeMinutes} are free; after that
 * every started hour costs {@code hourly}, capped at {@code dailyCap} per started 24 hours.
 * Coupons: minutes off shorten the billed time; amount, percent and free-of-charge coupons
 * come off the gross, in that order.
 */
public record SimpleTariff(long freeMinutes, Money hourly, Money dailyCap) implements SimulatedTariff {

    /** 15 free minutes, then 5 yuan per started hour, at most 50 yuan per day. */
    public static final SimpleTariff DEFAULT = new SimpleTariff(15, Money.ofYuan(5), Money.ofYuan(50));

    public SimpleTariff {
        if (freeMinutes < 0) {
            throw new IllegalArgumentException("freeMinutes: expected 0 or more, got " + freeMinutes);
        }
        Objects.requireNonNull(hourly, "hourly");
        Objects.requireNonNull(dailyCap, "dailyCap");
    }

    @Override
    public FeeQuote quote(Instant entry, Instant exit, List<Coupon> coupons, Money alreadyPaid) {
        long minutes = Math.max(0, ceilMinutes(Duration.between(entry, exit)));
        List<AppliedDiscount> discounts = new ArrayList<>();
        long minutesOff = 0;
        for (Coupon c : coupons) {
            if (c instanceof Coupon.MinutesOff m) {
                minutesOff += m.minutes();
            }
        }
        Money grossFull = price(minutes);
        Money grossAfterMinutes = price(Math.max(0, minutes - minutesOff));
        if (minutesOff > 0 && grossFull.compareTo(grossAfterMinutes) > 0) {
            discounts.add(new AppliedDiscount("coupon:minutes", codes(coupons, Coupon.MinutesOff.class),
                    grossFull.minus(grossAfterMinutes), minutesOff + " minutes off"));
        }
        Money remaining = grossAfterMinutes;
        for (Coupon c : coupons) {
            Money off = Money.ZERO;
            String kind = "";
            if (c instanceof Coupon.AmountOff a) {
                off = a.amount().min(remaining);
                kind = "coupon:amount";
            } else if (c instanceof Coupon.PercentOff p) {
                off = Money.ofFen(remaining.fen() * p.percent() / 100);
                kind = "coupon:percent";
            } else if (c instanceof Coupon.FreeOfCharge) {
                off = remaining;
                kind = "coupon:free";
            }
            if (off.isPositive()) {
                discounts.add(new AppliedDiscount(kind, c.code(), off, kind));
                remaining = remaining.minus(off);
            }
        }
        List<FeeLine> lines = minutes <= freeMinutes ? List.of()
                : List.of(new FeeLine("hourly after " + freeMinutes + " free minutes", entry, exit,
                        ceilDiv(minutes, 60), hourly, grossFull, Money.ZERO, ""));
        return FeeQuote.of(entry, exit, lines, grossFull, discounts, alreadyPaid, Money.ZERO,
                List.of(minutes <= freeMinutes ? "within the free minutes" : minutes + " minutes"));
    }

    /** The gross price of {@code minutes}. */
    public Money price(long minutes) {
        if (minutes <= freeMinutes) {
            return Money.ZERO;
        }
        long days = minutes / (24 * 60);
        long rest = minutes % (24 * 60);
        Money restPrice = hourly.times(ceilDiv(rest, 60)).min(dailyCap);
        return dailyCap.times(days).plus(restPrice);
    }

    private static long ceilMinutes(Duration d) {
        long seconds = d.getSeconds();
        return ceilDiv(seconds, 60);
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    private static String codes(List<Coupon> coupons, Class<?> kind) {
        return String.join(",", coupons.stream().filter(kind::isInstance).map(Coupon::code).toList());
    }
}
