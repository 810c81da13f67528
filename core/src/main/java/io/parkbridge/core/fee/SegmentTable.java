package io.parkbridge.core.fee;

import java.util.List;

/**
 * A tariff's time-of-day segments, ordered by start, as plain numbers (second of the day the
 * segment starts and ends, unit minutes, unit price and cap in fen) with their receipt cap texts
 * ("night cap 5.00", made when a line first needs one). {@link FeeEngine} keeps the table of the
 * tariff quoted last: billing reads these in every run it bills, and the texts are string work
 * that would otherwise be a good part of a quote's cost.
 */
final class SegmentTable {
    /** {@link #capFen} of a segment without a cap. */
    static final long NO_CAP = -1;

    private final Tariff tariff;
    final List<TimeSegment> segments;
    private final int[] startSecond;
    private final int[] endSecond;
    final int[] unitMinutes;
    final long[] priceFen;
    final long[] capFen;
    /** Made when a receipt line first needs one; racing threads make equal strings. */
    private final String[] capTexts;

    private SegmentTable(Tariff tariff) {
        this.tariff = tariff;
        this.segments = tariff.segmentsByStart();
        int n = segments.size();
        startSecond = new int[n];
        endSecond = new int[n];
        unitMinutes = new int[n];
        priceFen = new long[n];
        capFen = new long[n];
        capTexts = new String[n];
        for (int i = 0; i < n; i++) {
            TimeSegment seg = segments.get(i);
            startSecond[i] = seg.start().toSecondOfDay();
            endSecond[i] = seg.end().toSecondOfDay();
            // a run is shorter than FeeEngine.MAX_STAY, so a longer unit is billed like one of that length
            unitMinutes[i] = (int) Math.min(seg.unit().toMinutes(), FeeEngine.MAX_STAY.toMinutes());
            priceFen[i] = seg.unitPrice().fen();
            capFen[i] = seg.cap() == null ? NO_CAP : seg.cap().fen();
        }
    }

    /** {@code last} if it is for {@code tariff} (the same instance: tariffs are immutable), else a new table. */
    static SegmentTable of(Tariff tariff, SegmentTable last) {
        return last != null && last.tariff == tariff ? last : new SegmentTable(tariff);
    }

    int size() {
        return startSecond.length;
    }

    /**
     * The segment (by start) holding the local {@code secondOfDay}: the first whose band contains
     * it, else the last, as {@link TimeSegment#containsSecond} decides.
     */
    int at(int secondOfDay) {
        int i = 0;
        while (i < startSecond.length - 1 && !TimeSegment.contains(startSecond[i], endSecond[i], secondOfDay)) {
            i++;
        }
        return i;
    }

    int startSecond(int i) {
        return startSecond[i];
    }

    int endSecond(int i) {
        return endSecond[i];
    }

    /** True if segment {@code i} ends on the day after it starts (crosses midnight, or covers the whole day). */
    boolean endsNextDay(int i) {
        return startSecond[i] >= endSecond[i];
    }

    /** The receipt text of segment {@code i}'s cap, empty when it has none. */
    String capText(int i) {
        String text = capTexts[i];
        if (text == null) {
            TimeSegment seg = segments.get(i);
            text = seg.cap() == null ? "" : seg.name() + " cap " + seg.cap().toYuanString();
            capTexts[i] = text; // a String is safe to share through a race
        }
        return text;
    }
}
