package io.parkbridge.core.fee;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Bills one stretch of a stay: free period, first period, then runs of time-of-day segments
 * (each occurrence of a segment capped by its own cap), the daily cap per window. Work grows
 * with the runs billed, never with the minutes; and since every full day of a long stay that
 * begins in the same state bills alike, such days are billed once and repeated
 * ({@link FeeLine#repeats()}), so a quote for 30 days costs about what one for 2 days does.
 *
 * <p>Why a day may be repeated: what a day bills depends only on the local time it begins at,
 * how much of the cap is left for the segment occurrence open at that moment, and the zone's
 * offset. Billing checks that state where each cap window begins (without a daily cap: where
 * each run of the first segment begins). When two such points are exactly one day apart with
 * the same state, every later day until the stay's last begins in that state too, unless the
 * zone's offset changes, which {@link Timeline#steady} rules out.
 */
final class StretchBiller {

    private static final long MINUTE_NANOS = 60_000_000_000L;
    private static final long DAY_MINUTES = BilledRun.DAY_MINUTES;

    private final Tariff t;
    private final FeeEngine.Stretch s;
    private final List<BilledRun> out;
    private final boolean compressDays;
    private final Instant a;
    private final long aSecond;
    private final long total;
    private final Timeline timeline;
    private final SegmentTable segs;
    private final boolean windows;
    private final long dailyCapFen;
    private final boolean calendarDays;
    private final int firstRun;
    private int windowStart;
    private long lastWindow; // the window of the last run added
    private Budgets budgets;

    // the last checkpoint: where a window (or a first-segment run) began, and in what state
    private boolean marked;
    private long markMinute;
    private int markRun;
    private int markSegment;
    private long markBudget;

    // the runs repeated over whole days, [repeatedFrom, repeatedTo) in out; -1 when none
    private int repeatedFrom = -1;
    private int repeatedTo = -1;

    private StretchBiller(Tariff t, SegmentTable segs, FeeEngine.Stretch s, long total, List<BilledRun> out,
            boolean compressDays) {
        this.t = t;
        this.s = s;
        this.out = out;
        this.compressDays = compressDays;
        this.a = s.from();
        this.aSecond = a.getEpochSecond();
        this.total = total;
        this.timeline = Timeline.of(t.zone(), a, s.to());
        this.segs = segs;
        this.windows = t.dailyCap() != null;
        this.dailyCapFen = windows ? t.dailyCap().fen() : Long.MAX_VALUE;
        this.calendarDays = windows && t.capWindow() == CapWindow.CALENDAR_DAY;
        this.firstRun = out.size();
        this.windowStart = firstRun;
    }

    /**
     * Appends the runs of stretch {@code s} to {@code out}, with notes on the free period;
     * {@code segs} is {@code t}'s segment table.
     */
    static void bill(Tariff t, SegmentTable segs, FeeEngine.Stretch s, List<BilledRun> out, List<String> notes,
            boolean compressDays) {
        long total = minutesCeil(s.from(), s.to());
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
        new StretchBiller(t, segs, s, total, out, compressDays).billFrom(pos);
    }

    /**
     * Whole minutes from {@code a} to {@code b}, a started minute counting as whole. In plain
     * arithmetic rather than through a Duration, which costs more here than the rest of a short
     * stay's billing; it overflows where Duration's nanoseconds would, far beyond
     * {@link FeeEngine#MAX_STAY}.
     */
    private static long minutesCeil(Instant a, Instant b) {
        long nanos = Math.addExact(Math.multiplyExact(b.getEpochSecond() - a.getEpochSecond(), 1_000_000_000L),
                b.getNano() - a.getNano());
        return nanos <= 0 ? 0 : Math.floorDiv(nanos - 1, MINUTE_NANOS) + 1;
    }

    /**
     * Whole minutes from the stretch's start to the whole epoch second {@code b}, a started minute
     * counting as whole. In whole seconds, whatever the start's fraction of a second: with
     * {@code d = b - aSecond >= 1} whole seconds, the exact span lies in {@code (d - 1, d]}
     * seconds, and no minute boundary falls strictly between two whole seconds, so its started
     * minutes are {@code (d - 1) / 60 + 1}; with {@code d <= 0} the span is not positive.
     */
    private long minutesCeil(long b) {
        long d = b - aSecond;
        return d <= 0 ? 0 : (d - 1) / 60 + 1;
    }

    private void billFrom(long start) {
        long pos = start;
        long first = t.firstPeriod().toMinutes();
        if (s.applyFirst() && first > 0) {
            long end = Math.min(total, pos + first);
            lastWindow = windows ? windowKey(pos) : 0;
            out.add(new BilledRun(s, "first period " + first + " min", false, pos, end, 1, t.firstPeriodPrice(),
                    lastWindow));
            pos += first;
        }
        boolean single = segs.size() == 1;
        long lastOccurrence = Long.MIN_VALUE;
        int extendAt = -1; // the repeated run the next run may turn out to be one more day of
        while (pos < total) {
            int segIndex = 0;
            long segEnd = Long.MAX_VALUE;
            long occurrence = 0;
            long local = 0;
            long day = 0; // the local day, when needed (several segments, or calendar-day windows)
            if (!single || calendarDays) {
                local = timeline.localSecond(aSecond + pos * 60);
                day = Math.floorDiv(local, Timeline.DAY);
            }
            if (!single) {
                int second = (int) (local - day * Timeline.DAY);
                segIndex = segs.at(second);
                long occDay = second < segs.startSecond(segIndex) ? day - 1 : day;
                long endDay = segs.endsNextDay(segIndex) ? occDay + 1 : occDay;
                segEnd = minutesCeil(timeline.epochSecondOf(endDay * Timeline.DAY + segs.endSecond(segIndex)));
                occurrence = occDay * segs.size() + segIndex;
            }
            long cap = segs.capFen[segIndex];
            long window = !windows ? 0 : calendarDays ? day : pos / DAY_MINUTES;
            boolean newWindow = windows && (out.size() == firstRun || lastWindow != window);
            if (newWindow) {
                closeWindow();
            }
            boolean checkpoint = windows ? newWindow : !single && segIndex == 0 && occurrence != lastOccurrence;
            if (checkpoint && compressDays) {
                long budget = cap == SegmentTable.NO_CAP ? -1 : budgets().get(occurrence, cap);
                long days = repeatableDays(pos, segIndex, budget);
                if (days > 0) {
                    repeatDay(days);
                    extendAt = extendable() ? repeatedFrom : -1;
                    // the day after the repeated ones begins as the pattern did, `days` days later
                    long shift = days * DAY_MINUTES;
                    pos += shift;
                    segEnd = segEnd == Long.MAX_VALUE ? segEnd : segEnd + shift;
                    window += days;
                    occurrence += days * segs.size();
                    if (budget >= 0) {
                        budgets().put(occurrence, budget);
                    }
                    // no mark here: this day's runs may join the repeated ones instead of being listed
                } else {
                    mark(pos, segIndex, budget);
                }
            }
            long winEnd = !windows ? Long.MAX_VALUE
                    : calendarDays ? minutesCeil(timeline.startOfDay(window + 1)) : (window + 1) * DAY_MINUTES;
            long next = Math.min(total, Math.min(winEnd, segEnd));
            if (next <= pos) {
                next = pos + 1; // a zone transition made the boundary go backwards; move on one minute
            }
            // int division: a run is shorter than MAX_STAY (about 5.3 million minutes), and it is cheaper
            int unit = segs.unitMinutes[segIndex];
            long units = (int) (next - pos + unit - 1) / unit;
            long price = segs.priceFen[segIndex];
            long raw = Math.multiplyExact(units, price);
            long budget = cap == SegmentTable.NO_CAP ? Long.MAX_VALUE : budgets().get(occurrence, cap);
            long capped = Math.min(raw, budget);
            TimeSegment seg = segs.segments.get(segIndex);
            if (extendAt >= 0 && out.get(extendAt).extendsBy(pos, next, units, capped, seg)) {
                extendAt = extendAt + 1 < repeatedTo ? extendAt + 1 : -1;
            } else {
                extendAt = -1;
                BilledRun run = new BilledRun(s, seg.name(), true, pos, next, units, seg.unitPrice(), window);
                if (capped < raw) {
                    run.reduce(raw - capped);
                    run.cappedSegment = segIndex;
                }
                out.add(run);
            }
            if (cap != SegmentTable.NO_CAP) {
                budgets().put(occurrence, budget - capped);
            }
            lastWindow = window;
            lastOccurrence = occurrence;
            pos = next;
        }
        closeWindow();
        if (repeatedFrom >= 0) {
            mergeFollowingDays();
        }
    }

    private long windowKey(long minute) {
        return calendarDays ? Math.floorDiv(timeline.localSecond(aSecond + minute * 60), Timeline.DAY)
                : minute / DAY_MINUTES;
    }

    private Budgets budgets() {
        if (budgets == null) {
            budgets = new Budgets(segs.size());
        }
        return budgets;
    }

    /** Applies the daily cap to the runs of the window that just ended, the latest first. */
    private void closeWindow() {
        if (!windows || windowStart >= out.size()) {
            return;
        }
        long sum = 0;
        for (int k = windowStart; k < out.size(); k++) {
            sum = Math.addExact(sum, out.get(k).amount);
        }
        if (sum > dailyCapFen) {
            BilledRun.takeFromLatest(out, windowStart, out.size(), sum - dailyCapFen,
                    BilledRun.SharedCap.DAILY);
        }
        windowStart = out.size();
    }

    private void mark(long minute, int segment, long budget) {
        marked = true;
        markMinute = minute;
        markRun = out.size();
        markSegment = segment;
        markBudget = budget;
    }

    /**
     * How many more whole days repeat the day since the last checkpoint: none unless that day
     * was full (exactly 1440 minutes, so neither partial nor across a change of offset) and began
     * in the same segment with the same cap budget left. The stay's last day, which may be
     * partial, and any day near a change of offset are billed one by one.
     */
    private long repeatableDays(long pos, int segIndex, long budget) {
        if (!marked || pos - markMinute != DAY_MINUTES || markSegment != segIndex || markBudget != budget) {
            return 0;
        }
        long days = (total - pos - 1) / DAY_MINUTES;
        while (days > 0 && !timeline.steady(aSecond + markMinute * 60, aSecond + (pos + days * DAY_MINUTES) * 60)) {
            days /= 2; // a change of offset ahead: repeat only up to well before it
        }
        return days;
    }

    /** The day since the last checkpoint stands for itself and {@code days} more. */
    private void repeatDay(long days) {
        int times = Math.toIntExact(days + 1);
        for (int k = markRun; k < out.size(); k++) {
            out.get(k).repeat(times);
        }
        repeatedFrom = markRun;
        repeatedTo = out.size();
        mergePrecedingDay();
        windowStart = out.size();
        marked = false;
    }

    /**
     * True if the runs of the stay's last day may be added straight to the repeated runs while
     * they bill alike: when no daily cap took anything off the repeated day, the last day, a part
     * of such a day, cannot reach the cap either, so its runs are final as billed.
     */
    private boolean extendable() {
        for (int k = repeatedFrom; k < repeatedTo; k++) {
            if (out.get(k).dailyCapped) {
                return false;
            }
        }
        return true;
    }

    /**
     * The day before the repeated ones often ends like them (the evening after entry): its
     * last runs, when the same as the repeated day's last runs, join them.
     */
    private void mergePrecedingDay() {
        int before = repeatedFrom;
        int k = repeatedTo - 1;
        while (k >= repeatedFrom && before > firstRun && out.get(k).sameDay(out.get(before - 1), -1)) {
            out.get(k).absorb(out.get(before - 1));
            before--;
            k--;
        }
        int merged = repeatedFrom - before;
        if (merged > 0) {
            removeRuns(before, repeatedFrom);
            repeatedFrom -= merged;
            repeatedTo -= merged;
        }
    }

    /** Likewise the day after them (the morning before exit): its first runs join. */
    private void mergeFollowingDays() {
        int after = repeatedTo;
        int k = repeatedFrom;
        while (k < repeatedTo && after < out.size()
                && out.get(k).sameDay(out.get(after), out.get(k).repeats)) {
            out.get(k).absorb(out.get(after));
            after++;
            k++;
        }
        if (after > repeatedTo) {
            removeRuns(repeatedTo, after);
        }
    }

    /** Removes {@code out[from, to)}: a run or two, so one at a time beats making a sub-list view. */
    private void removeRuns(int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            out.remove(k);
        }
    }

    /**
     * What is left of each segment occurrence's cap, by occurrence (local day x segments +
     * segment). Billing moves forward in time; only a repeated local hour (a change of offset)
     * can return to an occurrence, never to one two days back, so older ones are dropped when the
     * table fills, and it stays a few entries long however long the stay.
     */
    private static final class Budgets {
        private final long keep;
        private long[] keys = new long[4];
        private long[] left = new long[4];
        private int size;

        Budgets(int segmentsPerDay) {
            this.keep = 2L * segmentsPerDay;
        }

        long get(long occurrence, long cap) {
            for (int i = size - 1; i >= 0; i--) {
                if (keys[i] == occurrence) {
                    return left[i];
                }
            }
            return cap;
        }

        void put(long occurrence, long budget) {
            for (int i = size - 1; i >= 0; i--) {
                if (keys[i] == occurrence) {
                    left[i] = budget;
                    return;
                }
            }
            if (size == keys.length) {
                int kept = 0;
                for (int i = 0; i < size; i++) {
                    if (keys[i] >= occurrence - keep) {
                        keys[kept] = keys[i];
                        left[kept++] = left[i];
                    }
                }
                size = kept;
            }
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                left = Arrays.copyOf(left, size * 2);
            }
            keys[size] = occurrence;
            left[size++] = budget;
        }
    }
}
