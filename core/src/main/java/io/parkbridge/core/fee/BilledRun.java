package io.parkbridge.core.fee;

import io.parkbridge.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One billed line while caps still change it: a run of minutes priced by one rule, or the same
 * run on several consecutive days ({@link #repeats}). Times are whole minutes from the start of
 * its stretch. Becomes a {@link FeeLine} once every cap has applied.
 */
final class BilledRun {

    static final long DAY_MINUTES = 24 * 60;

    private final FeeEngine.Stretch stretch;
    final String rule;
    /** True for a time-of-day segment's run; false for the first period. */
    final boolean segmentRun;
    // minutes from the stretch's start fit an int: no stay is longer than FeeEngine.MAX_STAY (5.3 million)
    int fromMinute;
    int toMinute;
    long units;
    final Money unitPrice;
    final long windowKey;
    long amount;
    long capReduction;
    int repeats = 1;
    /** Index (by start) of the segment whose cap took something off, or -1. */
    int cappedSegment = -1;
    boolean dailyCapped;
    boolean overallCapped;

    BilledRun(FeeEngine.Stretch stretch, String rule, boolean segmentRun, long fromMinute, long toMinute, long units,
            Money unitPrice, long windowKey) {
        this.stretch = stretch;
        this.rule = rule;
        this.segmentRun = segmentRun;
        this.fromMinute = Math.toIntExact(fromMinute);
        this.toMinute = Math.toIntExact(toMinute);
        this.units = units;
        this.unitPrice = unitPrice;
        this.windowKey = windowKey;
        this.amount = Math.multiplyExact(units, unitPrice.fen());
    }

    void reduce(long by) {
        amount -= by;
        capReduction += by;
    }

    /** A cap over several runs. */
    enum SharedCap { DAILY, OVERALL }

    /**
     * Takes {@code excess} off {@code runs[from, to)}, the latest run first, so the earlier lines
     * of a receipt stay as billed, and marks each run it touched with {@code cap}.
     */
    static void takeFromLatest(List<BilledRun> runs, int from, int to, long excess, SharedCap cap) {
        long left = excess;
        for (int k = to - 1; k >= from && left > 0; k--) {
            BilledRun r = runs.get(k);
            long by = Math.min(r.amount, left);
            if (by > 0) {
                r.reduce(by);
                if (cap == SharedCap.DAILY) {
                    r.dailyCapped = true;
                } else {
                    r.overallCapped = true;
                }
                left -= by;
            }
        }
    }

    /** This run stands for {@code times} identical days: the first, and each day after it. */
    void repeat(int times) {
        units = Math.multiplyExact(units, (long) times);
        amount = Math.multiplyExact(amount, (long) times);
        capReduction = Math.multiplyExact(capReduction, (long) times);
        toMinute = Math.toIntExact(toMinute + (times - 1L) * DAY_MINUTES);
        repeats = times;
    }

    /**
     * True if {@code other}, a run billed once, is this run's day repeated {@code days} days
     * later (negative: earlier): same rule, same minutes of the day, same units, amount and caps.
     */
    boolean sameDay(BilledRun other, long days) {
        return other.segmentRun && other.repeats == 1 && !other.overallCapped && other.rule.equals(rule)
                && other.unitPrice.fen() == unitPrice.fen() && other.cappedSegment == cappedSegment
                && other.dailyCapped == dailyCapped
                && isDay(days, other.fromMinute, other.toMinute, other.units, other.amount);
    }

    /**
     * Adds the run from {@code from} to {@code to} minutes, of {@code units} units costing
     * {@code amount} after its segment's cap, as one more day of this run, if it is exactly that:
     * the same segment at the same minutes of the day after this run's last, billing the same.
     */
    boolean extendsBy(long from, long to, long dayUnits, long dayAmount, TimeSegment seg) {
        if (!rule.equals(seg.name()) || unitPrice.fen() != seg.unitPrice().fen()
                || !isDay(repeats, from, to, dayUnits, dayAmount)) {
            return false;
        }
        toMinute = Math.toIntExact(to);
        addDay(dayUnits, dayAmount, Math.multiplyExact(dayUnits, unitPrice.fen()) - dayAmount);
        return true;
    }

    /** Takes in {@code other}, the same run on the day before this run's first or after its last. */
    void absorb(BilledRun other) {
        if (other.fromMinute < fromMinute) {
            fromMinute = other.fromMinute;
        } else {
            toMinute = other.toMinute;
        }
        addDay(other.units, other.amount, other.capReduction);
    }

    /**
     * True if a run from {@code from} to {@code to} of {@code dayUnits} units costing
     * {@code dayAmount} is this segment run's first day moved by {@code days} days. A repeated
     * run's totals are exact multiples of one day's, so dividing is exact; the cap reduction
     * follows from units, price and amount.
     */
    private boolean isDay(long days, long from, long to, long dayUnits, long dayAmount) {
        long shift = days * DAY_MINUTES;
        long firstTo = toMinute - (repeats - 1L) * DAY_MINUTES;
        return segmentRun && !overallCapped && from == fromMinute + shift && to == firstTo + shift
                && dayUnits == units / repeats && dayAmount == amount / repeats;
    }

    private void addDay(long dayUnits, long dayAmount, long dayCapReduction) {
        units += dayUnits;
        amount += dayAmount;
        capReduction += dayCapReduction;
        repeats++;
    }

    /**
     * This run as a receipt line. {@code previous} and {@code previousLine} are the run and line
     * before it (null for the first): a run that starts where the previous one ended shares its
     * end {@code Instant} instead of making an equal one.
     */
    FeeLine toLine(Tariff t, SegmentTable segs, BilledRun previous, FeeLine previousLine) {
        // Instant.ofEpochSecond with the start's nanoseconds: plusSeconds would split and carry
        // them again for every line
        Instant a = stretch.from();
        long aSecond = a.getEpochSecond();
        Instant from;
        if (fromMinute == 0) {
            from = a;
        } else if (previous != null && previous.stretch == stretch && previous.toMinute == fromMinute) {
            // never a clipped end: only a line ending at the stretch's last minute is clipped, and
            // no run starts at or after that minute
            from = previousLine.to();
        } else {
            from = Instant.ofEpochSecond(aSecond + fromMinute * 60L, a.getNano());
        }
        long toSecond = aSecond + toMinute * 60L;
        Instant end = stretch.to();
        // the stay's last minute is billed whole but ends when the stay does
        Instant to = toSecond > end.getEpochSecond() || toSecond == end.getEpochSecond() && a.getNano() > end.getNano()
                ? end : Instant.ofEpochSecond(toSecond, a.getNano());
        return new FeeLine(rule, from, to, units, unitPrice, Money.ofFen(amount), Money.ofFen(capReduction),
                capRule(t, segs), repeats);
    }

    /** Which caps took something off, in the order they apply; most lines have none. */
    private String capRule(Tariff t, SegmentTable segs) {
        if (!dailyCapped && !overallCapped) {
            return cappedSegment < 0 ? "" : segs.capText(cappedSegment);
        }
        StringBuilder why = new StringBuilder(48);
        if (cappedSegment >= 0) {
            why.append(segs.capText(cappedSegment));
        }
        if (dailyCapped) {
            why.append(why.isEmpty() ? "" : "; ").append("daily cap ").append(t.dailyCap().toYuanString())
                    .append(" (").append(windowLabel(t)).append(')');
        }
        if (overallCapped) {
            why.append(why.isEmpty() ? "" : "; ").append("overall cap ").append(t.overallCap().toYuanString());
        }
        return why.toString();
    }

    private String windowLabel(Tariff t) {
        boolean rolling = t.capWindow() == CapWindow.ROLLING_24H;
        if (repeats > 1) {
            return rolling ? "each 24 h" : "each day";
        }
        return rolling ? "24 h from " + stretch.from().plusSeconds(windowKey * 86_400L)
                : "day " + LocalDate.ofEpochDay(windowKey);
    }
}
