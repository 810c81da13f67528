package io.parkbridge.protocol.bluecard;

import io.parkbridge.protocol.support.error.MalformedMessageException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Objects;

/**
 * Times as the document writes them: {@code yyyy-MM-dd HH:mm:ss} (24 h, L221), dates
 * {@code yyyy-MM-dd} (whitelist validity), {@code timeStamp} in epoch milliseconds (L233). The
 * document names no zone; the default is Asia/Shanghai and it is configurable.
 */
public final class BluecardTime {
    /** Where Bluecard runs. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");
    /** Pattern of every date-time field. */
    public static final String DATE_TIME_PATTERN = "[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}";
    /** Pattern of every date-only field. */
    public static final String DATE_PATTERN = "[0-9]{4}-[0-9]{2}-[0-9]{2}";

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final ZoneId zone;

    /** Reads and writes the document's times in {@code zone} (the park's zone). */
    public BluecardTime(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Asia/Shanghai. */
    public static BluecardTime shanghai() {
        return new BluecardTime(DEFAULT_ZONE);
    }

    /** The zone the vendor's local times are in. */
    public ZoneId zone() {
        return zone;
    }

    /** {@code yyyy-MM-dd HH:mm:ss} in the configured zone (sub-second parts dropped). */
    public String format(Instant instant) {
        return DATE_TIME.format(instant.atZone(zone));
    }

    /** {@code yyyy-MM-dd} of {@code instant} in the configured zone. */
    public String formatDate(Instant instant) {
        return DATE.format(instant.atZone(zone));
    }

    /** Parses {@code yyyy-MM-dd HH:mm:ss}; {@code field} names the culprit on failure. */
    public Instant parse(String field, String text) {
        if (text == null) {
            throw new MalformedMessageException(Bluecard.VENDOR, field, "a time yyyy-MM-dd HH:mm:ss, got nothing", null);
        }
        LocalDateTime fast = parseCanonical(text);
        if (fast != null) {
            return fast.atZone(zone).toInstant();
        }
        try {
            return LocalDateTime.parse(text, DATE_TIME).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedMessageException(Bluecard.VENDOR, field, "a time yyyy-MM-dd HH:mm:ss", e);
        }
    }

    /**
     * The common shape, {@code dddd-dd-dd dd:dd:dd} with a valid date and time, without the
     * formatter's per-call parse state (it was a measurable share of a push's CPU); null for
     * anything else, which then goes through {@link #DATE_TIME} so that every other input (signed
     * years, invalid dates, stray characters) is accepted or refused exactly as before.
     */
    static LocalDateTime parseCanonical(String t) {
        if (t.length() != 19 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != ' '
                || t.charAt(13) != ':' || t.charAt(16) != ':') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = digits(t, 17, 2);
        if ((year | month | day | hour | minute | second) < 0 || month < 1 || month > 12 || day < 1
                || day > java.time.Month.of(month).length(java.time.Year.isLeap(year)) || hour > 23 || minute > 59
                || second > 59) {
            return null;
        }
        return LocalDateTime.of(year, month, day, hour, minute, second);
    }

    /** The ASCII digits at {@code t[from, from + count)} as a number; -1 if one is not a digit. */
    private static int digits(String t, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int d = t.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    /** Like {@link #parse} but null or "" gives null (optional times, e.g. no entry record). */
    public Instant parseOptional(String field, String text) {
        return text == null || text.isEmpty() ? null : parse(field, text);
    }

    /** Parses {@code yyyy-MM-dd} as the start of that day in the configured zone. */
    public Instant parseDate(String field, String text) {
        if (text == null) {
            throw new MalformedMessageException(Bluecard.VENDOR, field, "a date yyyy-MM-dd, got nothing", null);
        }
        try {
            return LocalDate.parse(text, DATE).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedMessageException(Bluecard.VENDOR, field, "a date yyyy-MM-dd", e);
        }
    }

    /** The document's {@code timeStamp}: epoch milliseconds as a string. */
    public static String timeStamp(Instant instant) {
        return Long.toString(instant.toEpochMilli());
    }
}
