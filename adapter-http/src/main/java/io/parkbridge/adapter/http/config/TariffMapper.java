package io.parkbridge.adapter.http.config;

import io.parkbridge.core.fee.CapWindow;
import io.parkbridge.core.fee.ClassRule;
import io.parkbridge.core.fee.CouponPolicy;
import io.parkbridge.core.fee.Overtime;
import io.parkbridge.core.fee.Tariff;
import io.parkbridge.core.fee.TimeSegment;
import io.parkbridge.core.fee.VehicleClass;
import io.parkbridge.core.money.Money;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a configured tariff onto the core {@link Tariff}. Runs after field validation; what the
 * core refuses (segments that do not cover the day, a cap on a whole-day band...) is reported as
 * an {@link InvalidTariff} whose message starts with the configuration key.
 */
public final class TariffMapper {
    /** Core field names to the keys of the configuration file. */
    private static final Map<String, String> KEYS = Map.of("freePeriod", "freeMinutes", "firstPeriod",
            "firstPeriodMinutes", "gracePeriod", "graceMinutes");

    private TariffMapper() {
    }

    /** A tariff the core refused; the message names the configuration key. */
    public static final class InvalidTariff extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        InvalidTariff(String message) {
            super(message);
        }
    }

    /**
     * The core tariff of {@code t}.
     *
     * @param key how errors name it, e.g. {@code tariffs[0]}
     * @param all every configured tariff by id, for class rules that name another tariff
     */
    public static Tariff map(ParkBridgeConfig.Tariff t, String key, ZoneId zone, Map<String, ParkBridgeConfig.Tariff> all) {
        Tariff base = base(t, key, zone);
        Map<VehicleClass, ClassRule> rules = new EnumMap<>(VehicleClass.class);
        t.classes.forEach((name, rule) -> {
            String k = key + ".classes." + name;
            VehicleClass vc;
            try {
                vc = VehicleClass.valueOf(name);
            } catch (IllegalArgumentException e) {
                throw new InvalidTariff(k + ": expected a vehicle class, one of " + Arrays.toString(VehicleClass.values()));
            }
            rules.put(vc, rule(rule, k, zone, t.id, all));
        });
        return rules.isEmpty() ? base : new Tariff(base.name(), base.zone(), base.freePeriod(), base.freePeriodDeducted(),
                base.firstPeriod(), base.firstPeriodPrice(), base.segments(), base.dailyCap(), base.capWindow(),
                base.overallCap(), base.gracePeriod(), base.overtime(), rules, base.couponPolicy());
    }

    private static ClassRule rule(ParkBridgeConfig.ClassRule r, String key, ZoneId zone, String selfId,
            Map<String, ParkBridgeConfig.Tariff> all) {
        if (r.tariff != null) {
            if (r.freeMinutes != null || r.pricePercent != null) {
                throw new InvalidTariff(key + ": expected either tariff or freeMinutes/pricePercent, not both");
            }
            ParkBridgeConfig.Tariff other = all.get(r.tariff);
            if (other == null || r.tariff.equals(selfId)) {
                throw new InvalidTariff(key + ".tariff: expected the id of another configured tariff, got " + r.tariff);
            }
            // The class's own tariff is used as is: its own class rules do not apply (no chains).
            return ClassRule.own(base(other, key + ".tariff(" + r.tariff + ")", zone));
        }
        if (r.freeMinutes == null && r.pricePercent == null) {
            throw new InvalidTariff(key + ": expected tariff, freeMinutes or pricePercent");
        }
        return new ClassRule(null, r.freeMinutes == null ? null : Duration.ofMinutes(r.freeMinutes),
                r.pricePercent == null ? 100 : r.pricePercent);
    }

    /** Everything but the class rules. */
    private static Tariff base(ParkBridgeConfig.Tariff t, String key, ZoneId zone) {
        List<TimeSegment> segments = new ArrayList<>();
        if (t.segments.isEmpty()) {
            if (t.unitPrice == null) {
                throw new InvalidTariff(key + ".unitPrice: expected a yuan amount such as 2.00 (or segments)");
            }
            segments.add(TimeSegment.of("all day", LocalTime.MIDNIGHT, LocalTime.MIDNIGHT,
                    Duration.ofMinutes(t.unitMinutes), Money.parseYuan(t.unitPrice)));
        } else {
            if (t.unitPrice != null) {
                throw new InvalidTariff(key + ".unitPrice: expected nothing when segments are given (each segment has"
                        + " its own unitPrice)");
            }
            for (int i = 0; i < t.segments.size(); i++) {
                ParkBridgeConfig.Segment s = t.segments.get(i);
                try {
                    segments.add(new TimeSegment(s.name, LocalTime.parse(s.start), LocalTime.parse(s.end),
                            Duration.ofMinutes(s.unitMinutes), Money.parseYuan(s.unitPrice),
                            s.cap == null ? null : Money.parseYuan(s.cap)));
                } catch (IllegalArgumentException e) {
                    throw new InvalidTariff(key + ".segments[" + i + "]: " + e.getMessage());
                }
            }
        }
        try {
            return new Tariff(t.id, zone, Duration.ofMinutes(t.freeMinutes), t.freePeriodDeducted,
                    Duration.ofMinutes(t.firstPeriodMinutes), Money.parseYuan(t.firstPeriodPrice), segments,
                    t.dailyCap == null ? null : Money.parseYuan(t.dailyCap), CapWindow.valueOf(t.capWindow),
                    t.overallCap == null ? null : Money.parseYuan(t.overallCap), Duration.ofMinutes(t.graceMinutes),
                    Overtime.valueOf(t.overtime), Map.of(), new CouponPolicy(t.coupons.maxCoupons, t.coupons.percentStacks));
        } catch (IllegalArgumentException e) {
            throw new InvalidTariff(keyed(key, e.getMessage()));
        }
    }

    /** "segments: expected..." → "tariffs[0].segments: expected...". */
    private static String keyed(String key, String message) {
        int colon = message == null ? -1 : message.indexOf(": ");
        if (colon > 0 && message.substring(0, colon).matches("[A-Za-z]+")) {
            String field = message.substring(0, colon);
            return key + "." + KEYS.getOrDefault(field, field) + message.substring(colon);
        }
        return key + ": " + message;
    }
}
