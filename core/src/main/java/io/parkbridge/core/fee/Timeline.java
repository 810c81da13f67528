package io.parkbridge.core.fee;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Local date-time arithmetic in epoch seconds for one billed stretch. Where the zone's offset
 * cannot change anywhere near the stretch (Asia/Shanghai, UTC, and any zone between its
 * transitions) it is plain addition; otherwise it asks java.time, which resolves gaps and
 * overlaps. Both give the same answers where both apply: the fast one is only chosen when no
 * transition lies within two days of the stretch, and every conversion the engine makes is of a
 * time at most a day past the stretch.
 */
abstract sealed class Timeline {

    static final long DAY = 86_400L;
    private static final long MARGIN = 2 * DAY;

    /** The timeline of {@code zone} for a stretch from {@code from} to {@code to}. */
    static Timeline of(ZoneId zone, Instant from, Instant to) {
        ZoneRules rules = zone.getRules();
        int offset = rules.getOffset(from).getTotalSeconds();
        if (rules.isFixedOffset() || steady(rules, from.getEpochSecond(), to.getEpochSecond())) {
            return new Fixed(offset);
        }
        return new Zoned(rules, zone);
    }

    /** True if {@code rules} change no offset from {@code fromSecond} to {@code toSecond}, two days either side. */
    private static boolean steady(ZoneRules rules, long fromSecond, long toSecond) {
        ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochSecond(fromSecond - MARGIN));
        return next == null || next.getInstant().getEpochSecond() > toSecond + MARGIN;
    }

    /** Seconds since the local epoch (1970-01-01T00:00 local) at {@code epochSecond}. */
    abstract long localSecond(long epochSecond);

    /** The epoch second of a whole-second local date-time, resolved as {@link ZonedDateTime#of} does. */
    abstract long epochSecondOf(long localSecond);

    /** The epoch second where local day {@code epochDay} begins ({@link LocalDate#atStartOfDay(ZoneId)}). */
    abstract long startOfDay(long epochDay);

    /** True if the offset cannot change from {@code fromSecond} to {@code toSecond}, with two days to spare. */
    abstract boolean steady(long fromSecond, long toSecond);

    /** A constant offset. */
    static final class Fixed extends Timeline {
        private final long offset;

        Fixed(long offset) {
            this.offset = offset;
        }

        @Override
        long localSecond(long epochSecond) {
            return epochSecond + offset;
        }

        @Override
        long epochSecondOf(long localSecond) {
            return localSecond - offset;
        }

        @Override
        long startOfDay(long epochDay) {
            return epochDay * DAY - offset;
        }

        @Override
        boolean steady(long fromSecond, long toSecond) {
            return true;
        }
    }

    /** Offsets from the zone's rules, for stretches near a transition. */
    static final class Zoned extends Timeline {
        private final ZoneRules rules;
        private final ZoneId zone;

        Zoned(ZoneRules rules, ZoneId zone) {
            this.rules = rules;
            this.zone = zone;
        }

        @Override
        long localSecond(long epochSecond) {
            return epochSecond + rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
        }

        @Override
        long epochSecondOf(long localSecond) {
            return ZonedDateTime.of(LocalDateTime.ofEpochSecond(localSecond, 0, ZoneOffset.UTC), zone)
                    .toEpochSecond();
        }

        @Override
        long startOfDay(long epochDay) {
            return LocalDate.ofEpochDay(epochDay).atStartOfDay(zone).toEpochSecond();
        }

        @Override
        boolean steady(long fromSecond, long toSecond) {
            return Timeline.steady(rules, fromSecond, toSecond);
        }
    }
}
