package io.parkbridge.core.fee;

import io.parkbridge.core.credential.ListEntry;
import io.parkbridge.core.credential.ListKind;
import io.parkbridge.core.credential.Pass;
import io.parkbridge.core.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A deliberately simple fee calculator that walks the stay minute by minute: slow, obviously
 * right, and written without looking at the engine's boundary arithmetic. Randomised tests
 * require {@link FeeEngine} to agree with it to the fen.
 */
final class ReferenceCalculator {

    /** What the reference computes. */
    record Result(long gross, long discounts, long payable) {
    }

    private record Part(Instant from, Instant to, boolean free, boolean first) {
    }

    Result quote(Tariff tariff, Stay stay) {
        if (stay.exit().isBefore(stay.entry())) {
            throw new IllegalArgumentException("exit before entry");
        }
        if (stay.plate() != null && !stay.plate().isUnlicensed()) {
            for (ListEntry e : stay.listEntries()) {
                if (e.kind() == ListKind.BLACK && e.applies(stay.plate(), stay.entry())) {
                    throw new EntryRefusedException(stay.plate(), e.reason());
                }
            }
        }
        Tariff t = tariff.forClass(stay.vehicleClass());
        long gross = total(t, parts(t, stay, stay.exit()));
        List<Instant[]> covered = covered(stay);
        long net = Math.min(gross, total(t, cut(parts(t, stay, stay.exit()), covered)));
        long discounts = gross - net;
        long remaining = Math.max(0, net - stay.alreadyPaid().fen() - stay.alreadyDiscounted().fen());

        // coupons: drop repeats, keep the first maxCoupons, then free > minutes > amount > percent
        List<Coupon> kept = new ArrayList<>();
        Map<String, Boolean> codes = new HashMap<>();
        for (Coupon c : stay.coupons()) {
            if (codes.putIfAbsent(c.code(), true) == null && kept.size() < t.couponPolicy().maxCoupons()) {
                kept.add(c);
            }
        }
        boolean free = kept.stream().anyMatch(c -> c instanceof Coupon.FreeOfCharge);
        if (free) {
            discounts += remaining;
            remaining = 0;
        } else {
            long minutes = 0;
            long previousNet = net;
            for (Coupon c : kept) {
                if (c instanceof Coupon.MinutesOff m) {
                    minutes += m.minutes();
                    Instant shortExit = stay.exit().minusSeconds(60 * minutes);
                    if (shortExit.isBefore(stay.entry())) {
                        shortExit = stay.entry();
                    }
                    List<Instant[]> shortCovered = new ArrayList<>();
                    for (Instant[] c2 : covered) {
                        Instant e = c2[1].isBefore(shortExit) ? c2[1] : shortExit;
                        if (c2[0].isBefore(e)) {
                            shortCovered.add(new Instant[] {c2[0], e});
                        }
                    }
                    long shortNet = Math.min(total(t, parts(t, stay, shortExit)),
                            total(t, cut(parts(t, stay, shortExit), shortCovered)));
                    long off = Math.min(remaining, Math.max(0, previousNet - shortNet));
                    previousNet = Math.min(previousNet, shortNet);
                    discounts += off;
                    remaining -= off;
                }
            }
            for (Coupon c : kept) {
                if (c instanceof Coupon.AmountOff a) {
                    long off = Math.min(remaining, a.amount().fen());
                    discounts += off;
                    remaining -= off;
                }
            }
            List<Integer> percents = new ArrayList<>();
            for (Coupon c : kept) {
                if (c instanceof Coupon.PercentOff p) {
                    percents.add(p.percent());
                }
            }
            if (!t.couponPolicy().percentStacks() && !percents.isEmpty()) {
                percents = List.of(percents.stream().max(Comparator.naturalOrder()).orElseThrow());
            }
            for (int p : percents) {
                long off = (remaining * p + 50) / 100;
                discounts += off;
                remaining -= off;
            }
        }
        long payable = Math.max(0, gross - discounts - stay.alreadyPaid().fen() - stay.alreadyDiscounted().fen());
        return new Result(gross, discounts, payable);
    }

    private List<Part> parts(Tariff t, Stay stay, Instant exit) {
        Instant paid = stay.lastPaidAt();
        if (paid == null) {
            return List.of(new Part(stay.entry(), exit, true, true));
        }
        if (!exit.isAfter(paid.plus(t.gracePeriod()))) {
            return List.of(new Part(stay.entry(), exit.isBefore(paid) ? exit : paid, true, true));
        }
        switch (t.overtime()) {
            case CONTINUE:
                return List.of(new Part(stay.entry(), exit, true, true));
            case NEW_STAY:
                return List.of(new Part(stay.entry(), paid, true, true), new Part(paid, exit, false, true));
            default:
                return List.of(new Part(stay.entry(), paid, true, true), new Part(paid, exit, false, false));
        }
    }

    private List<Instant[]> covered(Stay stay) {
        List<Instant[]> out = new ArrayList<>();
        if (stay.plate() == null || stay.plate().isUnlicensed()) {
            return out;
        }
        for (Pass p : stay.passes()) {
            if (p.plates().stream().anyMatch(x -> x.number().equals(stay.plate().number()))
                    && (p.areas().isEmpty() || stay.area() == null || p.areas().contains(stay.area()))) {
                out.add(new Instant[] {p.validFrom(), p.validTo()});
            }
        }
        for (ListEntry e : stay.listEntries()) {
            if (e.kind() == ListKind.WHITE && e.plate().number().equals(stay.plate().number())) {
                out.add(new Instant[] {e.validFrom(), e.validTo()});
            }
        }
        return out;
    }

    /** Cuts covered time out, second by second of boundaries: simple interval subtraction. */
    private List<Part> cut(List<Part> parts, List<Instant[]> covered) {
        if (covered.isEmpty()) {
            return parts;
        }
        List<Part> out = new ArrayList<>();
        for (Part p : parts) {
            // collect the uncovered pieces of [from, to) by walking the sorted boundaries
            List<Instant> points = new ArrayList<>();
            points.add(p.from());
            points.add(p.to());
            for (Instant[] c : covered) {
                for (Instant x : c) {
                    if (x.isAfter(p.from()) && x.isBefore(p.to())) {
                        points.add(x);
                    }
                }
            }
            points.sort(Comparator.naturalOrder());
            List<Instant[]> free = new ArrayList<>();
            for (int i = 0; i + 1 < points.size(); i++) {
                Instant a = points.get(i);
                Instant b = points.get(i + 1);
                if (!a.isBefore(b)) {
                    continue;
                }
                boolean isCovered = false;
                for (Instant[] c : covered) {
                    if (!a.isBefore(c[0]) && a.isBefore(c[1])) {
                        isCovered = true;
                    }
                }
                if (!isCovered) {
                    if (!free.isEmpty() && free.get(free.size() - 1)[1].equals(a)) {
                        free.get(free.size() - 1)[1] = b;
                    } else {
                        free.add(new Instant[] {a, b});
                    }
                }
            }
            if (p.from().equals(p.to())) {
                out.add(p);
            }
            for (Instant[] f : free) {
                boolean atStart = f[0].equals(p.from());
                out.add(new Part(f[0], f[1], atStart && p.free(), p.first()));
            }
        }
        return out;
    }

    private long total(Tariff t, List<Part> parts) {
        long sum = 0;
        for (Part p : parts) {
            sum += part(t, p);
        }
        if (t.overallCap() != null) {
            sum = Math.min(sum, t.overallCap().fen());
        }
        return sum;
    }

    /** A run of minutes billed together: same segment occurrence and same cap window. */
    private static final class Run {
        TimeSegment segment;
        String occurrence;
        long window;
        long minutes;
    }

    private long part(Tariff t, Part p) {
        long nanos = Duration.between(p.from(), p.to()).toNanos();
        long minutes = (nanos + 59_999_999_999L) / 60_000_000_000L; // a started minute counts
        if (minutes == 0) {
            return 0;
        }
        long freeMin = t.freePeriod().toMinutes();
        if (p.free() && minutes <= freeMin) {
            return 0;
        }
        long start = p.free() && t.freePeriodDeducted() ? freeMin : 0;
        long firstLen = p.first() ? t.firstPeriod().toMinutes() : 0;
        boolean windows = t.dailyCap() != null;
        boolean single = t.segments().size() == 1;

        Map<Long, Long> perWindow = new LinkedHashMap<>();
        if (firstLen > 0) {
            perWindow.merge(window(t, p.from(), p.from().plusSeconds(60 * start)), t.firstPeriodPrice().fen(),
                    Long::sum);
        }
        List<Run> runs = new ArrayList<>();
        Run current = null;
        for (long i = start + firstLen; i < minutes; i++) {
            Instant at = p.from().plusSeconds(60 * i);
            LocalDateTime local = LocalDateTime.ofInstant(at, t.zone());
            TimeSegment seg = null;
            for (TimeSegment s : t.segments()) {
                if (s.contains(local.toLocalTime())) {
                    seg = s;
                }
            }
            Objects.requireNonNull(seg);
            String occurrence = "all";
            if (!single) {
                LocalDate day = local.toLocalDate();
                LocalTime time = local.toLocalTime();
                if (time.isBefore(seg.start())) {
                    day = day.minusDays(1);
                }
                occurrence = seg.name() + "@" + day;
            }
            long window = windows ? window(t, p.from(), at) : 0;
            if (current == null || !current.occurrence.equals(occurrence) || current.window != window) {
                current = new Run();
                current.segment = seg;
                current.occurrence = occurrence;
                current.window = window;
                runs.add(current);
            }
            current.minutes++;
        }
        Map<String, Long> spentPerOccurrence = new HashMap<>();
        for (Run r : runs) {
            long unit = r.segment.unit().toMinutes();
            long units = r.minutes / unit + (r.minutes % unit == 0 ? 0 : 1);
            long amount = units * r.segment.unitPrice().fen();
            if (r.segment.cap() != null) {
                long spent = spentPerOccurrence.getOrDefault(r.occurrence, 0L);
                amount = Math.min(amount, r.segment.cap().fen() - spent);
                spentPerOccurrence.put(r.occurrence, spent + amount);
            }
            perWindow.merge(r.window, amount, Long::sum);
        }
        long sum = 0;
        for (long v : perWindow.values()) {
            sum += windows ? Math.min(v, t.dailyCap().fen()) : v;
        }
        return sum;
    }

    private static long window(Tariff t, Instant from, Instant at) {
        if (t.capWindow() == CapWindow.ROLLING_24H) {
            return Duration.between(from, at).getSeconds() / 86_400;
        }
        return LocalDate.ofInstant(at, t.zone()).toEpochDay();
    }

    static Money fen(long fen) {
        return Money.ofFen(fen);
    }
}
