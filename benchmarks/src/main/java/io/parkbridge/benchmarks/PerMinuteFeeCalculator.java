package io.parkbridge.benchmarks;

import io.parkbridge.core.fee.CapWindow;
import io.parkbridge.core.fee.Tariff;
import io.parkbridge.core.fee.TimeSegment;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The deliberately simple per-minute calculator (a copy of the core tests' reference, reduced to
 * a plain stay: no payment, pass or coupon), used as the baseline the engine is measured
 * against. It walks every minute, so its cost grows with the length of the stay.
 */
public final class PerMinuteFeeCalculator {

    private static final class Run {
        TimeSegment segment;
        String occurrence;
        long window;
        long minutes;
    }

    /** The gross fee in fen of a stay from {@code entry} to {@code exit}. */
    public long gross(Tariff t, Instant entry, Instant exit) {
        long nanos = Duration.between(entry, exit).toNanos();
        long minutes = (nanos + 59_999_999_999L) / 60_000_000_000L;
        if (minutes == 0) {
            return 0;
        }
        long freeMin = t.freePeriod().toMinutes();
        if (minutes <= freeMin) {
            return 0;
        }
        long start = t.freePeriodDeducted() ? freeMin : 0;
        long firstLen = t.firstPeriod().toMinutes();
        boolean windows = t.dailyCap() != null;
        boolean single = t.segments().size() == 1;
        Map<Long, Long> perWindow = new LinkedHashMap<>();
        if (firstLen > 0) {
            perWindow.merge(window(t, entry, entry.plusSeconds(60 * start)), t.firstPeriodPrice().fen(), Long::sum);
        }
        List<Run> runs = new ArrayList<>();
        Run current = null;
        for (long i = start + firstLen; i < minutes; i++) {
            Instant at = entry.plusSeconds(60 * i);
            LocalDateTime local = LocalDateTime.ofInstant(at, t.zone());
            TimeSegment seg = null;
            for (TimeSegment s : t.segments()) {
                if (s.contains(local.toLocalTime())) {
                    seg = s;
                }
            }
            String occurrence = "all";
            if (!single) {
                LocalDate day = local.toLocalDate();
                LocalTime time = local.toLocalTime();
                if (time.isBefore(seg.start())) {
                    day = day.minusDays(1);
                }
                occurrence = seg.name() + "@" + day;
            }
            long window = windows ? window(t, entry, at) : 0;
            if (current == null || !current.occurrence.equals(occurrence) || current.window != window) {
                current = new Run();
                current.segment = seg;
                current.occurrence = occurrence;
                current.window = window;
                runs.add(current);
            }
            current.minutes++;
        }
        Map<String, Long> spent = new HashMap<>();
        for (Run r : runs) {
            long unit = r.segment.unit().toMinutes();
            long units = r.minutes / unit + (r.minutes % unit == 0 ? 0 : 1);
            long amount = units * r.segment.unitPrice().fen();
            if (r.segment.cap() != null) {
                long s = spent.getOrDefault(r.occurrence, 0L);
                amount = Math.min(amount, r.segment.cap().fen() - s);
                spent.put(r.occurrence, s + amount);
            }
            perWindow.merge(r.window, amount, Long::sum);
        }
        long sum = 0;
        for (long v : perWindow.values()) {
            sum += windows ? Math.min(v, t.dailyCap().fen()) : v;
        }
        return t.overallCap() == null ? sum : Math.min(sum, t.overallCap().fen());
    }

    private static long window(Tariff t, Instant from, Instant at) {
        if (t.capWindow() == CapWindow.ROLLING_24H) {
            return Duration.between(from, at).getSeconds() / 86_400;
        }
        return LocalDate.ofInstant(at, t.zone()).toEpochDay();
    }
}
