package io.parkbridge.core.fee;

import io.parkbridge.core.money.Money;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A time-of-day band with its own unit price, e.g. day 08:00-20:00 every 30 min 1.00, or night
 * 20:00-08:00 every 60 min 1.00 capped at 10.00 per night.
 *
 * <p>{@code end} before or equal to {@code start} means the band crosses midnight; a band with
 * {@code start == end} covers the whole day (only allowed as the tariff's single segment).
 *
 * @param name shown on the receipt line, e.g. "day"
 * @param start first local time of the band (inclusive), whole minutes
 * @param end local time the band ends (exclusive), whole minutes
 * @param unit length of one billing unit, whole minutes, more than zero; partial units round up
 * @param unitPrice price of one unit, zero or more
 * @param cap most one occurrence of this band may cost (e.g. one night); {@code null} for none
 */
public record TimeSegment(String name, LocalTime start, LocalTime end, Duration unit, Money unitPrice, Money cap) {
    public TimeSegment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.getSecond() != 0 || start.getNano() != 0 || end.getSecond() != 0 || end.getNano() != 0) {
            throw new IllegalArgumentException("segment " + name + ": expected start/end in whole minutes, got "
                    + start + "-" + end);
        }
        Tariff.requireWholeMinutes("segment " + name + " unit", unit, true);
        Tariff.requireNotNegative("segment " + name + " unitPrice", unitPrice);
        if (cap != null) {
            Tariff.requireNotNegative("segment " + name + " cap", cap);
        }
    }

    /** A band without its own cap. */
    public static TimeSegment of(String name, LocalTime start, LocalTime end, Duration unit, Money unitPrice) {
        return new TimeSegment(name, start, end, unit, unitPrice, null);
    }

    /** True if the band covers the whole day. */
    public boolean wholeDay() {
        return start.equals(end);
    }

    /** True if local time {@code t} falls inside this band. */
    public boolean contains(LocalTime t) {
        // start and end are whole minutes, so the whole seconds of t decide
        return containsSecond(t.toSecondOfDay());
    }

    /** True if the local second of the day {@code secondOfDay} falls inside this band. */
    boolean containsSecond(int secondOfDay) {
        return contains(start.toSecondOfDay(), end.toSecondOfDay(), secondOfDay);
    }

    /**
     * True if {@code secondOfDay} falls inside a band from second {@code start} (inclusive) to
     * second {@code end} (exclusive) of the day: across midnight when {@code end < start}, the
     * whole day when they are equal.
     */
    static boolean contains(int start, int end, int secondOfDay) {
        if (start == end) {
            return true;
        }
        return start < end ? secondOfDay >= start && secondOfDay < end : secondOfDay >= start || secondOfDay < end;
    }

    /** Length of the band in minutes. */
    long lengthMinutes() {
        long s = start.toSecondOfDay() / 60;
        long e = end.toSecondOfDay() / 60;
        return e > s ? e - s : e - s + 24 * 60;
    }
}
