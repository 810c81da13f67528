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
        try {
            return LocalDateTime.parse(text, DATE_TIME).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedMessageException(Bluecard.VENDOR, field, "a time yyyy-MM-dd HH:mm:ss", e);
        }
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
