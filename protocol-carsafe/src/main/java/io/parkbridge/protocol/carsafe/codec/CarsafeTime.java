package io.parkbridge.protocol.carsafe.codec;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Carsafe times: always written as {@code yyyy-MM-dd HH:mm:ss}; read leniently, since the
 * document's own examples use single-digit hours, {@code .fff} fractions, a dash or a {@code T}
 * between date and time, dashes inside the time, and bare dates.
 */
public final class CarsafeTime {
    /** The envelope and data format. */
    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static final Pattern LENIENT = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T-](\\d{1,2})[:-](\\d{1,2})(?:[:-](\\d{1,2})(?:\\.(\\d{1,9}))?)?)?");

    private CarsafeTime() {
    }

    /** The document's {@code yyyy-MM-dd HH:mm:ss}. */
    public static String format(LocalDateTime time) {
        return FORMAT.format(time);
    }

    /** Parses any of the forms the document uses; empty if the text is none of them. */
    public static Optional<LocalDateTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = LENIENT.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return Optional.of(date.atStartOfDay());
            }
            int nanos = 0;
            if (m.group(7) != null) {
                nanos = Integer.parseInt((m.group(7) + "000000000").substring(0, 9));
            }
            LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), nanos);
            return Optional.of(date.atTime(time));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
