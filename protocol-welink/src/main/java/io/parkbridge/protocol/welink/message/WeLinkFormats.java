package io.parkbridge.protocol.welink.message;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * WeLink's text formats. Date-times are {@code yyyy-MM-dd HH:mm:ss} and dates {@code yyyy-MM-dd};
 * the document states no zone, so callers pass one (default Asia/Shanghai, see the client).
 */
public final class WeLinkFormats {
    /** Regex for a date-time, for validation constraints. */
    public static final String DATE_TIME_REGEX = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}";
    /** Regex for a date. */
    public static final String DATE_REGEX = "\\d{4}-\\d{2}-\\d{2}";
    /** Regex for a date or a date-time (the blacklist prints both). */
    public static final String DATE_OR_DATE_TIME_REGEX = "\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}:\\d{2})?";
    /** The zone every example implies (China Standard Time). */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private WeLinkFormats() {
    }

    /** {@code instant} as a WeLink date-time in {@code zone}. */
    public static String dateTime(Instant instant, ZoneId zone) {
        return DATE_TIME.format(instant.atZone(zone));
    }

    /** {@code instant} as a WeLink date in {@code zone}. */
    public static String date(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(instant.atZone(zone));
    }

    /**
     * Parses a WeLink date-time, or a bare date as its start of day.
     *
     * @throws IllegalArgumentException naming {@code field} and the expected format
     */
    public static Instant parse(String field, String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(field + ": expected yyyy-MM-dd HH:mm:ss, got nothing");
        }
        String s = text.strip();
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s).atStartOfDay(zone).toInstant();
            }
            return LocalDateTime.parse(s, DATE_TIME).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": expected yyyy-MM-dd HH:mm:ss, got '" + s + "'");
        }
    }
}
