package io.parkbridge.core.fee;

import io.parkbridge.core.credential.ListEntry;
import io.parkbridge.core.credential.ListKind;
import io.parkbridge.core.credential.Pass;
import io.parkbridge.core.money.Money;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Quotes a {@link Stay} under a {@link Tariff}. Thread-safe; it keeps no state but a cache of
 * the last tariff's segment table.
 *
 * <p>The work per quote never grows with the minutes of the stay: each billed run is computed
 * arithmetically, and the full days of a long stay that bill alike are priced once and
 * repeated ({@link FeeLine#repeats()}), so a month costs about what two days do.
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
    private static final long MAX_STAY_SECONDS = MAX_STAY.getSeconds();

    /** Whether full days that bill alike are priced once and repeated (see {@link FeeLine#repeats()}). */
    private final boolean compressDays;

    /** A cache of one: racing threads may each build a table, all equal, and any may win. */
    private volatile SegmentTable lastSegments;

    /** An engine; one instance can serve every thread. */
    public FeeEngine() {
        this(true);
    }

    /**
     * An engine that, with {@code compressDays} false, itemises every day of a long stay; the
     * totals are the same either way. Tests compare the two.
     */
    FeeEngine(boolean compressDays) {
        this.compressDays = compressDays;
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
        if (longerThanMaxStay(stay.entry(), stay.exit())) {
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
        // A class rule derives a new tariff on every quote: its table is not cached, so it does not
        // push out the table of the tariff the caller quotes again and again.
        SegmentTable segs = t == tariff ? segments(t) : SegmentTable.of(t, null);
        Bill full = bill(t, segs, stretches, true);
        notes.addAll(full.notes);
        Money gross = full.total;
        List<AppliedDiscount> discounts = new ArrayList<>();

        List<Covered> coverage = coverage(stay);
        Money net = gross;
        if (!coverage.isEmpty()) {
            net = netOf(t, segs, stretches, coverage);
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
        applyCoupons(t, segs, stay, stretches, coverage, net, remaining, discounts, notes);
        return FeeQuote.of(stay.entry(), stay.exit(), full.lines, gross, discounts, stay.alreadyPaid(),
                stay.alreadyDiscounted(), notes);
    }

    /** True if {@code exit}, at or after {@code entry}, is more than {@link #MAX_STAY} after it. */
    private static boolean longerThanMaxStay(Instant entry, Instant exit) {
        // in epoch seconds rather than through a Duration: this runs on every quote
        long seconds = exit.getEpochSecond() - entry.getEpochSecond();
        return seconds > MAX_STAY_SECONDS || seconds == MAX_STAY_SECONDS && exit.getNano() > entry.getNano();
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
    private Money netOf(Tariff t, SegmentTable segs, List<Stretch> stretches, List<Covered> coverage) {
        Money full = bill(t, segs, stretches, false).total;
        return coverage.isEmpty() ? full : bill(t, segs, uncovered(stretches, coverage), false).total.min(full);
    }

    // ---- coupons ----

    private void applyCoupons(Tariff t, SegmentTable segs, Stay stay, List<Stretch> stretches,
            List<Covered> coverage, Money net,
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
                Money netAfter = netOf(t, segs, plan, clip(coverage, shortened));
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

    /** The segment table of {@code t}: the usual caller quotes one tariff again and again. */
    private SegmentTable segments(Tariff t) {
        SegmentTable last = lastSegments;
        SegmentTable table = SegmentTable.of(t, last);
        if (table != last) {
            lastSegments = table; // a volatile write only on a change of tariff: it costs a fence
        }
        return table;
    }

    /** Lines, their total and notes for a list of stretches. */
    private record Bill(List<FeeLine> lines, Money total, List<String> notes) {
    }

    /** With {@code withLines} false only the total and notes are wanted (a pass or coupon recomputing it). */
    private Bill bill(Tariff t, SegmentTable segs, List<Stretch> stretches, boolean withLines) {
        List<BilledRun> runs = new ArrayList<>();
        List<String> notes = new ArrayList<>(2);
        for (Stretch s : stretches) {
            StretchBiller.bill(t, segs, s, runs, notes, compressDays);
        }
        long total = 0;
        for (BilledRun r : runs) {
            total = Math.addExact(total, r.amount);
        }
        if (t.overallCap() != null && total > t.overallCap().fen()) {
            BilledRun.takeFromLatest(runs, 0, runs.size(), total - t.overallCap().fen(),
                    BilledRun.SharedCap.OVERALL);
            total = t.overallCap().fen();
        }
        if (!withLines) {
            return new Bill(List.of(), Money.ofFen(total), notes);
        }
        // an immutable list straight away, so FeeQuote keeps it instead of copying it again
        FeeLine[] lines = new FeeLine[runs.size()];
        for (int k = 0; k < lines.length; k++) {
            lines[k] = runs.get(k).toLine(t, segs, k == 0 ? null : runs.get(k - 1), k == 0 ? null : lines[k - 1]);
        }
        return new Bill(List.of(lines), Money.ofFen(total), notes);
    }
}
