package io.parkbridge.core.fee;

import io.parkbridge.core.money.Money;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A parking tariff, as plain data so adapters can load it from JSON or YAML. See docs/fees.md
 * for the billing model and worked examples; in short, a stay is billed in whole minutes
 * (a started minute counts) as:
 * <ol>
 * <li>free period: a stay no longer than it is free; once exceeded, the free minutes are billed
 *     too unless {@code freePeriodDeducted};</li>
 * <li>first period: a flat price for the first {@code firstPeriod} billed minutes (any part of
 *     it started costs the whole price);</li>
 * <li>then unit periods priced by the time-of-day {@code segments}, each run of a segment
 *     rounded up to whole units, each occurrence of a segment capped by its own cap;</li>
 * <li>then {@code dailyCap} per day ({@link CapWindow}), then {@code overallCap} per stay.</li>
 * </ol>
 *
 * @param name shown in notes, e.g. "Lot A 2026"
 * @param zone the zone whose local time the segments and calendar days use
 * @param freePeriod free minutes on entry, zero or more
 * @param freePeriodDeducted when true, a stay that exceeds the free period is billed from the
 *     end of the free period; when false, from entry
 * @param firstPeriod length of the first period, zero for none
 * @param firstPeriodPrice its flat price
 * @param segments time-of-day bands covering the day exactly once, in any order
 * @param dailyCap most a day may cost, {@code null} for none
 * @param capWindow how the daily cap counts days
 * @param overallCap most a whole stay may cost, {@code null} for none
 * @param gracePeriod time to leave after paying without paying more
 * @param overtime how a stay is billed when the vehicle leaves after the grace period
 * @param classRules per vehicle class, its own tariff or a modifier; classes not listed use
 *     this tariff as is
 * @param couponPolicy coupon stacking limits
 */
public record Tariff(String name, ZoneId zone, Duration freePeriod, boolean freePeriodDeducted,
        Duration firstPeriod, Money firstPeriodPrice, List<TimeSegment> segments, Money dailyCap,
        CapWindow capWindow, Money overallCap, Duration gracePeriod, Overtime overtime,
        Map<VehicleClass, ClassRule> classRules, CouponPolicy couponPolicy) {

    /** The zone used when none is given. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    public Tariff {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(zone, "zone");
        requireWholeMinutes("freePeriod", freePeriod, false);
        requireWholeMinutes("firstPeriod", firstPeriod, false);
        requireNotNegative("firstPeriodPrice", firstPeriodPrice);
        segments = List.copyOf(Objects.requireNonNull(segments, "segments"));
        requireCoverDay(segments);
        if (dailyCap != null) {
            requireNotNegative("dailyCap", dailyCap);
        }
        Objects.requireNonNull(capWindow, "capWindow");
        if (overallCap != null) {
            requireNotNegative("overallCap", overallCap);
        }
        requireWholeMinutes("gracePeriod", gracePeriod, false);
        Objects.requireNonNull(overtime, "overtime");
        classRules = classRules == null || classRules.isEmpty() ? Map.of() : Map.copyOf(classRules);
        Objects.requireNonNull(couponPolicy, "couponPolicy");
    }

    /**
     * A common single-band tariff in one line: e.g. 15 min free, first hour 5.00, then every
     * 30 min 1.00, at most 30.00 per 24 h from entry. Zone Asia/Shanghai, free minutes not
     * deducted once exceeded, 15 min grace after payment, overtime billed by units.
     *
     * @param capPer24h {@code null} for no daily cap
     */
    public static Tariff simple(Duration freePeriod, Duration firstPeriod, Money firstPeriodPrice, Duration unit,
            Money unitPrice, Money capPer24h) {
        return new Tariff("simple", DEFAULT_ZONE, freePeriod, false, firstPeriod, firstPeriodPrice,
                List.of(TimeSegment.of("all day", LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, unit, unitPrice)),
                capPer24h, CapWindow.ROLLING_24H, null, Duration.ofMinutes(15), Overtime.UNITS_ONLY, Map.of(),
                CouponPolicy.DEFAULT);
    }

    /**
     * A day/night tariff: {@code day} from {@code dayStart} to {@code nightStart}, {@code night}
     * from {@code nightStart} to {@code dayStart} (crossing midnight), no first period, daily cap
     * per calendar day. Other settings as {@link #simple}.
     */
    public static Tariff dayNight(Duration freePeriod, LocalTime dayStart, LocalTime nightStart, Duration dayUnit,
            Money dayUnitPrice, Duration nightUnit, Money nightUnitPrice, Money nightCap, Money capPerDay) {
        return new Tariff("day/night", DEFAULT_ZONE, freePeriod, false, Duration.ZERO, Money.ZERO,
                List.of(TimeSegment.of("day", dayStart, nightStart, dayUnit, dayUnitPrice),
                        new TimeSegment("night", nightStart, dayStart, nightUnit, nightUnitPrice, nightCap)),
                capPerDay, CapWindow.CALENDAR_DAY, null, Duration.ofMinutes(15), Overtime.UNITS_ONLY, Map.of(),
                CouponPolicy.DEFAULT);
    }

    /** This tariff under another name. */
    public Tariff withName(String newName) {
        return new Tariff(newName, zone, freePeriod, freePeriodDeducted, firstPeriod, firstPeriodPrice, segments,
                dailyCap, capWindow, overallCap, gracePeriod, overtime, classRules, couponPolicy);
    }

    /** This tariff with segment times read in {@code newZone}. */
    public Tariff withZone(ZoneId newZone) {
        return new Tariff(name, newZone, freePeriod, freePeriodDeducted, firstPeriod, firstPeriodPrice, segments,
                dailyCap, capWindow, overallCap, gracePeriod, overtime, classRules, couponPolicy);
    }

    /** This tariff with another free period ({@code deducted}: see {@code freePeriodDeducted}). */
    public Tariff withFreePeriod(Duration newFreePeriod, boolean deducted) {
        return new Tariff(name, zone, newFreePeriod, deducted, firstPeriod, firstPeriodPrice, segments,
                dailyCap, capWindow, overallCap, gracePeriod, overtime, classRules, couponPolicy);
    }

    /** This tariff with another first period and its price. */
    public Tariff withFirstPeriod(Duration newFirstPeriod, Money price) {
        return new Tariff(name, zone, freePeriod, freePeriodDeducted, newFirstPeriod, price, segments,
                dailyCap, capWindow, overallCap, gracePeriod, overtime, classRules, couponPolicy);
    }

    /** This tariff with other time-of-day segments. */
    public Tariff withSegments(List<TimeSegment> newSegments) {
        return new Tariff(name, zone, freePeriod, freePeriodDeducted, firstPeriod, firstPeriodPrice, newSegments,
                dailyCap, capWindow, overallCap, gracePeriod, overtime, classRules, couponPolicy);
    }

    /** This tariff with another daily cap, counted per {@code window}. */
    public Tariff withDailyCap(Money cap, CapWindow window) {
        return new Tariff(name, zone, freePeriod, freePeriodDeducted, firstPeriod, firstPeriodPrice, segments,
                cap, window, overallCap, gracePeriod, overtime, classRules, couponPolicy);
    }

    /** This tariff with another cap on the whole stay. */
    public Tariff withOverallCap(Money cap) {
        return new Tariff(name, zone, freePeriod, freePeriodDeducted, firstPeriod, firstPeriodPrice, segments,
                dailyCap, capWindow, cap, gracePeriod, overtime, classRules, couponPolicy);
    }

    /** This tariff with another grace period after payment and overtime rule. */
    public Tariff withGrace(Duration grace, Overtime rule) {
        return new Tariff(name, zone, freePeriod, freePeriodDeducted, firstPeriod, firstPeriodPrice, segments,
                dailyCap, capWindow, overallCap, grace, rule, classRules, couponPolicy);
    }

    /** This tariff with {@code rule} for {@code vehicleClass} added (or replaced). */
    public Tariff withClassRule(VehicleClass vehicleClass, ClassRule rule) {
        Map<VehicleClass, ClassRule> rules = new EnumMap<>(VehicleClass.class);
        rules.putAll(classRules);
        rules.put(Objects.requireNonNull(vehicleClass, "vehicleClass"), Objects.requireNonNull(rule, "rule"));
        return new Tariff(name, zone, freePeriod, freePeriodDeducted, firstPeriod, firstPeriodPrice, segments,
                dailyCap, capWindow, overallCap, gracePeriod, overtime, rules, couponPolicy);
    }

    /** This tariff with another coupon policy. */
    public Tariff withCouponPolicy(CouponPolicy policy) {
        return new Tariff(name, zone, freePeriod, freePeriodDeducted, firstPeriod, firstPeriodPrice, segments,
                dailyCap, capWindow, overallCap, gracePeriod, overtime, classRules, policy);
    }

    /**
     * The tariff that applies to {@code vehicleClass}: its own tariff, this one modified, or
     * this one unchanged when no rule lists the class.
     */
    public Tariff forClass(VehicleClass vehicleClass) {
        ClassRule rule = vehicleClass == null ? null : classRules.get(vehicleClass);
        if (rule == null) {
            return this;
        }
        if (rule.ownTariff() != null) {
            return rule.ownTariff();
        }
        int pct = rule.pricePercent();
        List<TimeSegment> scaled = new ArrayList<>(segments.size());
        for (TimeSegment s : segments) {
            scaled.add(new TimeSegment(s.name(), s.start(), s.end(), s.unit(), scale(s.unitPrice(), pct),
                    s.cap() == null ? null : scale(s.cap(), pct)));
        }
        return new Tariff(name + " (" + vehicleClass.name().toLowerCase(java.util.Locale.ROOT) + ")", zone,
                rule.freePeriod() == null ? freePeriod : rule.freePeriod(), freePeriodDeducted, firstPeriod,
                scale(firstPeriodPrice, pct), scaled, dailyCap == null ? null : scale(dailyCap, pct), capWindow,
                overallCap == null ? null : scale(overallCap, pct), gracePeriod, overtime, Map.of(), couponPolicy);
    }

    /** The segments ordered by start time. */
    List<TimeSegment> segmentsByStart() {
        List<TimeSegment> sorted = new ArrayList<>(segments);
        sorted.sort(Comparator.comparing(TimeSegment::start));
        return sorted;
    }

    private static Money scale(Money m, int percent) {
        if (percent == 100) {
            return m;
        }
        return Money.ofFen(Math.addExact(Math.multiplyExact(m.fen(), (long) percent), 50L) / 100L);
    }

    static void requireWholeMinutes(String field, Duration d, boolean positive) {
        Objects.requireNonNull(d, field);
        if (d.isNegative() || (positive && d.isZero()) || d.toSecondsPart() != 0 || d.toNanosPart() != 0) {
            throw new IllegalArgumentException(field + ": expected " + (positive ? "more than zero" : "zero or more")
                    + " whole minutes, got " + d);
        }
        if (d.toMinutes() > 366L * 24 * 60) {
            throw new IllegalArgumentException(field + ": expected at most 366 days, got " + d);
        }
    }

    static void requireNotNegative(String field, Money m) {
        Objects.requireNonNull(m, field);
        if (m.isNegative()) {
            throw new IllegalArgumentException(field + ": expected zero or more, got " + m);
        }
    }

    private static void requireCoverDay(List<TimeSegment> segments) {
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("segments: expected at least one time-of-day segment");
        }
        if (segments.size() == 1) {
            TimeSegment only = segments.get(0);
            if (!only.wholeDay()) {
                throw new IllegalArgumentException("segments: a single segment must cover the whole day (start == end),"
                        + " got " + only.start() + "-" + only.end());
            }
            if (only.cap() != null) {
                throw new IllegalArgumentException("segments: a whole-day segment cannot have its own cap;"
                        + " use dailyCap");
            }
            return;
        }
        List<TimeSegment> sorted = new ArrayList<>(segments);
        sorted.sort(Comparator.comparing(TimeSegment::start));
        for (int i = 0; i < sorted.size(); i++) {
            TimeSegment s = sorted.get(i);
            TimeSegment next = sorted.get((i + 1) % sorted.size());
            if (s.wholeDay()) {
                throw new IllegalArgumentException("segments: whole-day segment " + s.name()
                        + " cannot be combined with others");
            }
            if (!s.end().equals(next.start())) {
                throw new IllegalArgumentException("segments: expected the segments to cover the day exactly once;"
                        + " " + s.name() + " ends " + s.end() + " but the next segment " + next.name() + " starts "
                        + next.start());
            }
        }
        long total = sorted.stream().mapToLong(TimeSegment::lengthMinutes).sum();
        if (total != 24 * 60) {
            throw new IllegalArgumentException("segments: expected to cover 24 h exactly once, they cover "
                    + total + " min");
        }
    }
}
