package io.parkbridge.core.fee;

import io.parkbridge.core.credential.ListEntry;
import io.parkbridge.core.credential.ListKind;
import io.parkbridge.core.credential.Pass;
import io.parkbridge.core.money.Money;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Quotes a {@link Stay} under a {@link Tariff}. Stateless and thread-safe.
 *
 * <p>The work per quote grows with the number of segment occurrences and days the stay
 * crosses, never with its minutes: each billed line is computed arithmetically.
 *
 * <p>Order of evaluation (docs/fees.md has worked examples):
 * <ol>
 * <li>a black-listed plate (a {@link ListKind#BLACK} entry valid at entry) is refused with
 *     {@link EntryRefusedException};</li>
 * <li>the vehicle class picks the tariff ({@link Tariff#forClass});</li>
 * <li>the stay is split into billed stretches: entry to exit, or, after a payment, entry to
 *     the payment time plus the overtime after the grace period per {@link Overtime};</li>
 * <li>each stretch is billed (free period, first period, segment units with segment caps,
 *     daily cap), then the overall cap applies to the total: that is {@code gross};</li>
 * <li>passes and white-list entries valid for the plate cover part of the stay: the stay is
 *     billed again without the covered time (each part after a covered gap as a new stay
 *     without free period) and the difference is a "pass" discount;</li>
 * <li>already paid and already discounted amounts are deducted;</li>
 * <li>coupons apply to what remains, in this order: free-of-charge (ends the list), minutes
 *     off (each shortens the billed stay from its end), amount off, percent off (rounded half
 *     up to the fen, of what remains). Repeated codes count once; at most
 *     {@link CouponPolicy#maxCoupons()} are honoured in the order presented; unless
 *     {@link CouponPolicy#percentStacks()} only the largest percentage applies. A discount never
 *     exceeds what remains.</li>
 * </ol>
 */
public final class FeeEngine {

    /** Longest stay quoted; longer ones are rejected rather than risking overflow. */
    public static final Duration MAX_STAY = Duration.ofDays(3660);

    private static final long MINUTE_NANOS = 60_000_000_000L;

    /** An engine; it holds no state, so one instance can serve every thread. */
    public FeeEngine() {
    }

    /**
     * Quotes {@code stay} under {@code tariff}.
     *
     * @throws EntryRefusedException if a black-list entry for the plate is valid at entry
     * @throws IllegalArgumentException if the stay ends before it begins or is longer than
     *     {@link #MAX_STAY}
     */
    public FeeQuote quote(Tariff tariff, Stay stay) {
        Objects.requireNonNull(tariff, "tariff");
        Objects.requireNonNull(stay, "stay");
        if (stay.exit().isBefore(stay.entry())) {
            throw new IllegalArgumentException("exit: expected at or after entry " + stay.entry() + ", got "
                    + stay.exit());
        }
        if (Duration.between(stay.entry(), stay.exit()).compareTo(MAX_STAY) > 0) {
            throw new IllegalArgumentException("exit: expected a stay of at most " + MAX_STAY.toDays() + " days, got "
                    + Duration.between(stay.entry(), stay.exit()));
        }
        refuseBlackListed(stay);
        Tariff t = tariff.forClass(stay.vehicleClass());
        List<String> notes = new ArrayList<>();
        if (t != tariff) {
            notes.add("vehicle class " + stay.vehicleClass() + ": tariff " + t.name());
        }

        List<Stretch> stretches = plan(t, stay, stay.exit(), notes);
        Bill full = bill(t, stretches);
        notes.addAll(full.notes);
        Money gross = full.total;
        List<AppliedDiscount> discounts = new ArrayList<>();

        List<Covered> coverage = coverage(stay);
        Money net = gross;
        if (!coverage.isEmpty()) {
            net = netOf(t, stretches, coverage);
            Money passDiscount = gross.minus(net).atLeastZero();
            StringBuilder what = new StringBuilder();
            for (Covered c : coverage) {
                what.append(what.isEmpty() ? "" : "; ").append(c.what).append(" covers ").append(c.from)
                        .append(" to ").append(c.to);
            }
            notes.add(what.toString());
            if (passDiscount.isPositive()) {
                String refs = String.join(",", coverage.stream().map(c -> c.reference).distinct().toList());
                discounts.add(new AppliedDiscount("pass", refs, passDiscount, what.toString()));
            }
            net = gross.minus(passDiscount);
        }

        Money remaining = net.minus(stay.alreadyPaid()).minus(stay.alreadyDiscounted()).atLeastZero();
        applyCoupons(t, stay, stretches, coverage, net, remaining, discounts, notes);
        return FeeQuote.of(stay.entry(), stay.exit(), full.lines, gross, discounts, stay.alreadyPaid(),
                stay.alreadyDiscounted(), notes);
    }

    /**
     * Quotes {@code stay} as if it ended now by {@code clock} (e.g. a driver asking at the pay
     * station); the stay's own exit is ignored.
     */
    public FeeQuote quoteNow(Tariff tariff, Stay stay, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        return quote(tariff, Objects.requireNonNull(stay, "stay").withExit(clock.instant()));
    }

    private static void refuseBlackListed(Stay stay) {
        if (stay.plate() == null || stay.plate().isUnlicensed()) {
            return;
        }
        for (ListEntry e : stay.listEntries()) {
            if (e.kind() == ListKind.BLACK && e.applies(stay.plate(), stay.entry())) {
                throw new EntryRefusedException(stay.plate(), e.reason());
            }
        }
    }

    // ---- stretches: what part of the stay is billed, and how ----

    /** A billed stretch of the stay: [from, to), with or without free period and first period. */
    record Stretch(Instant from, Instant to, boolean applyFree, boolean applyFirst) {
    }

    private static List<Stretch> plan(Tariff t, Stay stay, Instant exit, List<String> notes) {
        Instant entry = stay.entry();
        Instant paidAt = stay.lastPaidAt();
        if (paidAt == null) {
            return List.of(new Stretch(entry, exit, true, true));
        }
        Instant graceEnd = paidAt.plus(t.gracePeriod());
        if (!exit.isAfter(graceEnd)) {
            if (notes != null) {
                notes.add("paid at " + paidAt + "; grace period until " + graceEnd + ": billed up to the payment");
            }
            Instant end = exit.isBefore(paidAt) ? exit : paidAt;
            return List.of(new Stretch(entry, end, true, true));
        }
        if (notes != null) {
            notes.add("paid at " + paidAt + "; left after the grace period ended " + graceEnd + ": overtime "
                    + t.overtime());
        }
        return switch (t.overtime()) {
            case CONTINUE -> List.of(new Stretch(entry, exit, true, true));
            case NEW_STAY -> List.of(new Stretch(entry, paidAt, true, true), new Stretch(paidAt, exit, false, true));
            case UNITS_ONLY -> List.of(new Stretch(entry, paidAt, true, true), new Stretch(paidAt, exit, false, false));
        };
    }

    // ---- coverage by passes and white-list entries ----

    private record Covered(Instant from, Instant to, String reference, String what) {
    }

    /** Unlicensed vehicles all share one marker, so no pass or list entry can be theirs. */
    private static List<Covered> coverage(Stay stay) {
        if (stay.plate() == null || stay.plate().isUnlicensed()) {
            return List.of();
        }
        List<Covered> out = new ArrayList<>();
        for (Pass p : stay.passes()) {
            boolean plateMatches = p.plates().stream().anyMatch(x -> x.sameNumber(stay.plate()));
            boolean inArea = p.areas().isEmpty() || stay.area() == null || p.areas().contains(stay.area());
            if (plateMatches && inArea) {
                addClipped(out, p.validFrom(), p.validTo(), stay, p.id(), "pass " + p.id());
            }
        }
        for (ListEntry e : stay.listEntries()) {
            if (e.kind() == ListKind.WHITE && e.plate().sameNumber(stay.plate())) {
                addClipped(out, e.validFrom(), e.validTo(), stay, "white-list", "white list");
            }
        }
        return out;
    }

    private static void addClipped(List<Covered> out, Instant from, Instant to, Stay stay, String ref, String what) {
        Instant f = from.isAfter(stay.entry()) ? from : stay.entry();
        Instant e = to.isBefore(stay.exit()) ? to : stay.exit();
        if (f.isBefore(e)) {
            out.add(new Covered(f, e, ref, what));
        }
    }

    /** The stretches with the covered time cut out; a part after a cut is a new stay without free period. */
    private static List<Stretch> uncovered(List<Stretch> stretches, List<Covered> coverage) {
        List<Instant[]> merged = merge(coverage);
        List<Stretch> out = new ArrayList<>();
        for (Stretch s : stretches) {
            Instant cursor = s.from();
            boolean first = true;
            for (Instant[] c : merged) {
                if (!c[1].isAfter(cursor) || !c[0].isBefore(s.to())) {
                    continue;
                }
                if (c[0].isAfter(cursor)) {
                    out.add(new Stretch(cursor, c[0], first && s.applyFree(), s.applyFirst()));
                }
                first = false;
                cursor = c[1].isBefore(s.to()) ? c[1] : s.to();
            }
            if (cursor.isBefore(s.to()) || (first && cursor.equals(s.to()))) {
                out.add(new Stretch(cursor, s.to(), first && s.applyFree(), s.applyFirst()));
            }
        }
        return out;
    }

    private static List<Instant[]> merge(List<Covered> coverage) {
        List<Instant[]> sorted = new ArrayList<>();
        for (Covered c : coverage) {
            sorted.add(new Instant[] {c.from, c.to});
        }
        sorted.sort((x, y) -> x[0].compareTo(y[0]));
        List<Instant[]> merged = new ArrayList<>();
        for (Instant[] c : sorted) {
            if (!merged.isEmpty() && !c[0].isAfter(merged.get(merged.size() - 1)[1])) {
                Instant[] last = merged.get(merged.size() - 1);
                if (c[1].isAfter(last[1])) {
                    last[1] = c[1];
                }
            } else {
                merged.add(new Instant[] {c[0], c[1]});
            }
        }
        return merged;
    }

    /**
     * What the stretches cost with the covered time cut out. A covered gap restarts billing
     * (first period, cap windows), which could cost more than no cover at all; a pass never
     * makes a stay dearer, so the result is at most the uncovered price.
     */
    private static Money netOf(Tariff t, List<Stretch> stretches, List<Covered> coverage) {
        Money full = bill(t, stretches).total;
        return coverage.isEmpty() ? full : bill(t, uncovered(stretches, coverage)).total.min(full);
    }

    // ---- coupons ----

    private static void applyCoupons(Tariff t, Stay stay, List<Stretch> stretches, List<Covered> coverage, Money net,
            Money remaining, List<AppliedDiscount> discounts, List<String> notes) {
        if (stay.coupons().isEmpty()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        List<Coupon> honoured = new ArrayList<>();
        for (Coupon c : stay.coupons()) {
            if (!seen.add(c.code())) {
                notes.add("coupon " + c.code() + " presented twice: counted once");
            } else if (honoured.size() >= t.couponPolicy().maxCoupons()) {
                notes.add("coupon " + c.code() + " ignored: at most " + t.couponPolicy().maxCoupons()
                        + " coupons per stay");
            } else {
                honoured.add(c);
            }
        }
        for (Coupon c : honoured) {
            if (c instanceof Coupon.FreeOfCharge) {
                if (remaining.isPositive()) {
                    discounts.add(new AppliedDiscount("coupon:free", c.code(), remaining, "free of charge"));
                }
                for (Coupon other : honoured) {
                    if (other != c) {
                        notes.add("coupon " + other.code() + " not needed: stay made free by " + c.code());
                    }
                }
                return;
            }
        }
        long minutesOff = 0;
        Money netBefore = net;
        for (Coupon c : honoured) {
            if (c instanceof Coupon.MinutesOff m) {
                // saturate: no stay is longer than MAX_STAY, so more minutes off than that change nothing
                minutesOff = Math.min(MAX_STAY.toMinutes(), minutesOff + Math.min(m.minutes(), MAX_STAY.toMinutes()));
                Instant shortened = stay.exit().minus(Duration.ofMinutes(minutesOff));
                if (shortened.isBefore(stay.entry())) {
                    shortened = stay.entry();
                }
                List<Stretch> plan = plan(t, stay, shortened, null);
                Money netAfter = netOf(t, plan, clip(coverage, shortened));
                Money off = netBefore.minus(netAfter).atLeastZero().min(remaining);
                netBefore = netAfter.min(netBefore);
                add(discounts, notes, "coupon:minutes", c.code(), off, m.minutes() + " min off");
                remaining = remaining.minus(off);
            }
        }
        for (Coupon c : honoured) {
            if (c instanceof Coupon.AmountOff a) {
                Money off = a.amount().min(remaining);
                add(discounts, notes, "coupon:amount", c.code(), off, a.amount().toYuanString() + " off");
                remaining = remaining.minus(off);
            }
        }
        Coupon.PercentOff best = null;
        for (Coupon c : honoured) {
            if (c instanceof Coupon.PercentOff p) {
                if (t.couponPolicy().percentStacks()) {
                    Money off = percentOf(remaining, p.percent());
                    add(discounts, notes, "coupon:percent", c.code(), off, p.percent() + "% off");
                    remaining = remaining.minus(off);
                } else if (best == null || p.percent() > best.percent()) {
                    if (best != null) {
                        notes.add("coupon " + best.code() + " not applied: only the largest percent-off applies");
                    }
                    best = p;
                } else {
                    notes.add("coupon " + c.code() + " not applied: only the largest percent-off applies");
                }
            }
        }
        if (best != null) {
            Money off = percentOf(remaining, best.percent());
            add(discounts, notes, "coupon:percent", best.code(), off, best.percent() + "% off");
        }
    }

    private static List<Covered> clip(List<Covered> coverage, Instant exit) {
        List<Covered> out = new ArrayList<>();
        for (Covered c : coverage) {
            Instant e = c.to.isBefore(exit) ? c.to : exit;
            if (c.from.isBefore(e)) {
                out.add(new Covered(c.from, e, c.reference, c.what));
            }
        }
        return out;
    }

    private static void add(List<AppliedDiscount> discounts, List<String> notes, String kind, String code, Money off,
            String description) {
        if (off.isPositive()) {
            discounts.add(new AppliedDiscount(kind, code, off, description));
        } else {
            notes.add("coupon " + code + " (" + description + "): nothing left to discount");
        }
    }

    /** {@code percent}% of {@code m}, rounded half up to the fen. */
    static Money percentOf(Money m, int percent) {
        return Money.ofFen(Math.addExact(Math.multiplyExact(m.fen(), (long) percent), 50L) / 100L);
    }

    // ---- billing ----

    /** One billed line while it is being capped. */
    private static final class Item {
        final String rule;
        final Instant from;
        final Instant to;
        final long units;
        final Money unitPrice;
        final long windowKey;
        long amount;
        long capReduction;
        final StringBuilder capRule = new StringBuilder();

        Item(String rule, Instant from, Instant to, long units, Money unitPrice, long windowKey) {
            this.rule = rule;
            this.from = from;
            this.to = to;
            this.units = units;
            this.unitPrice = unitPrice;
            this.windowKey = windowKey;
            this.amount = Math.multiplyExact(units, unitPrice.fen());
        }

        void reduce(long by, String why) {
            amount -= by;
            capReduction += by;
            if (!capRule.isEmpty()) {
                capRule.append("; ");
            }
            capRule.append(why);
        }

        FeeLine toLine() {
            return new FeeLine(rule, from, to, units, unitPrice, Money.ofFen(amount), Money.ofFen(capReduction),
                    capRule.toString());
        }
    }

    /** Lines, their total and notes for a list of stretches. */
    private record Bill(List<FeeLine> lines, Money total, List<String> notes) {
    }

    private static Bill bill(Tariff t, List<Stretch> stretches) {
        List<Item> items = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Stretch s : stretches) {
            billStretch(t, s, items, notes);
        }
        long total = 0;
        for (Item i : items) {
            total = Math.addExact(total, i.amount);
        }
        if (t.overallCap() != null && total > t.overallCap().fen()) {
            long excess = total - t.overallCap().fen();
            reduceFromEnd(items, 0, items.size(), excess, "overall cap " + t.overallCap().toYuanString());
            total = t.overallCap().fen();
        }
        List<FeeLine> lines = new ArrayList<>(items.size());
        for (Item i : items) {
            lines.add(i.toLine());
        }
        return new Bill(lines, Money.ofFen(total), notes);
    }

    private static void reduceFromEnd(List<Item> items, int from, int to, long excess, String why) {
        for (int k = to - 1; k >= from && excess > 0; k--) {
            Item i = items.get(k);
            long by = Math.min(i.amount, excess);
            if (by > 0) {
                i.reduce(by, why);
                excess -= by;
            }
        }
    }

    /** Whole minutes from {@code a} to {@code b}, a started minute counting as whole. */
    static long minutesCeil(Instant a, Instant b) {
        long nanos = Duration.between(a, b).toNanos();
        return nanos <= 0 ? 0 : Math.floorDiv(nanos - 1, MINUTE_NANOS) + 1;
    }

    private static Instant minuteStart(Instant a, long index) {
        return a.plusSeconds(Math.multiplyExact(index, 60L));
    }

    private static void billStretch(Tariff t, Stretch s, List<Item> out, List<String> notes) {
        Instant a = s.from();
        long total = minutesCeil(a, s.to());
        if (total == 0) {
            return;
        }
        long free = t.freePeriod().toMinutes();
        if (s.applyFree() && total <= free) {
            notes.add("stay of " + total + " min within the free period of " + free + " min");
            return;
        }
        long pos = 0;
        if (s.applyFree() && free > 0) {
            if (t.freePeriodDeducted()) {
                pos = free;
                notes.add("free period of " + free + " min deducted");
            } else {
                notes.add("free period of " + free + " min exceeded: billed from entry");
            }
        }
        int firstItem = out.size();
        long first = t.firstPeriod().toMinutes();
        if (s.applyFirst() && first > 0) {
            long end = Math.min(total, pos + first);
            Instant from = minuteStart(a, pos);
            Instant to = minTo(minuteStart(a, end), s.to());
            out.add(new Item("first period " + first + " min", from, to, 1, t.firstPeriodPrice(),
                    windowKey(t, a, from)));
            pos += first;
        }
        List<TimeSegment> segs = t.segmentsByStart();
        boolean single = segs.size() == 1;
        boolean windows = t.dailyCap() != null;
        Map<Long, Long> budgets = new HashMap<>();
        while (pos < total) {
            Instant at = minuteStart(a, pos);
            LocalDateTime local = LocalDateTime.ofInstant(at, t.zone());
            int segIndex = 0;
            Instant segEnd = Instant.MAX;
            long occurrence = 0;
            if (!single) {
                LocalTime time = local.toLocalTime();
                for (int k = 0; k < segs.size(); k++) {
                    if (segs.get(k).contains(time)) {
                        segIndex = k;
                        break;
                    }
                }
                TimeSegment seg = segs.get(segIndex);
                LocalDate occDate = time.isBefore(seg.start()) ? local.toLocalDate().minusDays(1) : local.toLocalDate();
                LocalDate endDate = seg.start().isBefore(seg.end()) ? occDate : occDate.plusDays(1);
                segEnd = ZonedDateTime.of(endDate, seg.end(), t.zone()).toInstant();
                occurrence = occDate.toEpochDay() * 64 + segIndex;
            }
            TimeSegment seg = segs.get(segIndex);
            long window = windows ? windowKey(t, a, at) : 0;
            Instant winEnd = windows ? windowEnd(t, a, window) : Instant.MAX;
            Instant boundary = segEnd.isBefore(winEnd) ? segEnd : winEnd;
            long next = boundary.equals(Instant.MAX) ? total : Math.min(total, minutesCeil(a, boundary));
            if (next <= pos) {
                next = pos + 1; // a zone transition made the boundary go backwards; move on one minute
            }
            long minutes = next - pos;
            long unit = seg.unit().toMinutes();
            long units = (minutes + unit - 1) / unit;
            Item item = new Item(seg.name(), at, minTo(minuteStart(a, next), s.to()), units, seg.unitPrice(), window);
            if (seg.cap() != null) {
                long budget = budgets.getOrDefault(occurrence, seg.cap().fen());
                long capped = Math.min(item.amount, budget);
                if (capped < item.amount) {
                    item.reduce(item.amount - capped, seg.name() + " cap " + seg.cap().toYuanString());
                }
                budgets.put(occurrence, budget - capped);
            }
            out.add(item);
            pos = next;
        }
        if (windows) {
            long cap = t.dailyCap().fen();
            int k = firstItem;
            while (k < out.size()) {
                int end = k;
                long sum = 0;
                long key = out.get(k).windowKey;
                while (end < out.size() && out.get(end).windowKey == key) {
                    sum = Math.addExact(sum, out.get(end).amount);
                    end++;
                }
                if (sum > cap) {
                    reduceFromEnd(out, k, end, sum - cap, "daily cap " + t.dailyCap().toYuanString() + " ("
                            + windowLabel(t, a, key) + ")");
                }
                k = end;
            }
        }
    }

    private static Instant minTo(Instant x, Instant limit) {
        return x.isBefore(limit) ? x : limit;
    }

    private static long windowKey(Tariff t, Instant stretchStart, Instant at) {
        if (t.capWindow() == CapWindow.ROLLING_24H) {
            return Math.floorDiv(Duration.between(stretchStart, at).getSeconds(), 86_400L);
        }
        return LocalDate.ofInstant(at, t.zone()).toEpochDay();
    }

    private static Instant windowEnd(Tariff t, Instant stretchStart, long key) {
        if (t.capWindow() == CapWindow.ROLLING_24H) {
            return stretchStart.plusSeconds(Math.multiplyExact(key + 1, 86_400L));
        }
        return LocalDate.ofEpochDay(key + 1).atStartOfDay(t.zone()).toInstant();
    }

    private static String windowLabel(Tariff t, Instant stretchStart, long key) {
        if (t.capWindow() == CapWindow.ROLLING_24H) {
            return "24 h from " + stretchStart.plusSeconds(key * 86_400L);
        }
        return "day " + LocalDate.ofEpochDay(key);
    }
}
