package io.parkbridge.protocol.bluecard;

import static org.assertj.core.api.Assertions.assertThat;

import io.parkbridge.protocol.support.error.MalformedMessageException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link BluecardTime#parse} reads {@code yyyy-MM-dd HH:mm:ss} by hand; it must accept and refuse
 * exactly what the strict {@link DateTimeFormatter} it replaced on the hot path does, with the
 * same message.
 */
class BluecardTimeParsingTest {
    private static final DateTimeFormatter REFERENCE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final ZoneId ZONE = BluecardTime.DEFAULT_ZONE;
    private static final String ALPHABET = "0123456789-: +aT\u0663\uff11/.";

    private final BluecardTime time = new BluecardTime(ZONE);

    @Test
    void agreesWithTheStrictFormatterOnValidAndInvalidTimes() {
        List<String> inputs = new ArrayList<>();
        for (String year : List.of("0000", "0001", "1900", "1999", "2000", "2023", "2024", "2100", "9999")) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    inputs.add(String.format("%s-%02d-%02d 12:34:56", year, month, day));
                }
            }
        }
        for (int hour = 0; hour <= 25; hour++) {
            for (int minute : new int[] {0, 1, 59, 60, 99}) {
                for (int second : new int[] {0, 30, 59, 60}) {
                    inputs.add(String.format("2024-02-29 %02d:%02d:%02d", hour, minute, second));
                }
            }
        }
        inputs.addAll(List.of("", " ", "2024-01-01", "2024-01-01 00:00", "2024-01-01T00:00:00",
                "2024-01-01 00:00:00 ", " 2024-01-01 00:00:00", "+2024-01-01 00:00:00", "+12024-01-01 00:00:00",
                "-2024-01-01 00:00:00", "-0001-01-01 00:00:00", "20240-01-01 00:00:00", "2024-1-01 00:00:00",
                "2024-01-01 0:00:00", "2024-01-01 00:00:0", "2024-01-01 00:00:00.0", "2019 - 02 - 14 12: 02: 45 ",
                "２024-01-01 00:00:00", "2024\u0663-1-01 00:00:00", "2024/01/01 00:00:00"));
        Random random = new Random(20261125L); // fixed seed: the same inputs every run
        for (int i = 0; i < 20_000; i++) {
            char[] c = "2024-02-29 23:59:59".toCharArray();
            int changes = 1 + random.nextInt(3);
            for (int k = 0; k < changes; k++) {
                c[random.nextInt(c.length)] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            }
            inputs.add(new String(c));
        }
        int accepted = 0;
        for (String input : inputs) {
            String expected = referenceOutcome(input);
            assertThat(outcome(input)).as(input).isEqualTo(expected);
            if (!expected.startsWith("refused")) {
                accepted++;
            }
        }
        assertThat(accepted).as("valid inputs seen").isGreaterThan(1000);
        assertThat(inputs.size() - accepted).as("invalid inputs seen").isGreaterThan(1000);
    }

    @Test
    void aMissingTimeIsRefusedAsBefore() {
        assertThat(outcome(null)).isEqualTo("refused: inTime: expected a time yyyy-MM-dd HH:mm:ss, got nothing");
    }

    private String outcome(String input) {
        try {
            return time.parse("inTime", input).toString();
        } catch (MalformedMessageException e) {
            return "refused: " + e.getMessage().substring(Bluecard.VENDOR.length() + 2);
        }
    }

    private static String referenceOutcome(String input) {
        try {
            return LocalDateTime.parse(input, REFERENCE).atZone(ZONE).toInstant().toString();
        } catch (DateTimeParseException e) {
            return "refused: inTime: expected a time yyyy-MM-dd HH:mm:ss";
        }
    }
}
