package io.parkbridge.adapter.http.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsoInstantTest {
    @Test
    void writesWhatInstantToStringWrites() {
        List<Instant> instants = new ArrayList<>(List.of(Instant.EPOCH, Instant.parse("0000-01-01T00:00:00Z"),
                Instant.parse("9999-12-31T23:59:59.999999999Z"), Instant.parse("1969-12-31T23:59:59.5Z"),
                Instant.parse("2024-02-29T12:00:00.000001Z"), Instant.parse("2024-02-29T12:00:00.000000001Z"),
                Instant.parse("2026-03-02T01:15:00.120Z"), Instant.parse("2026-03-02T01:15:00.123400Z")));
        Random random = new Random(20261125L); // fixed seed: the same instants every run
        long first = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long end = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 50_000; i++) {
            long second = first + (long) (random.nextDouble() * (end - first));
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            instants.add(Instant.ofEpochSecond(second, nano));
        }
        char[] out = new char[IsoInstant.MAX_LENGTH];
        for (Instant instant : instants) {
            int length = IsoInstant.write(instant, out);
            assertThat(new String(out, 0, length)).isEqualTo(instant.toString());
        }
    }

    @Test
    void leavesYearsOutsideFourDigitsToInstant() {
        char[] out = new char[IsoInstant.MAX_LENGTH];
        assertThat(IsoInstant.write(Instant.parse("+10000-01-01T00:00:00Z"), out)).isEqualTo(-1);
        assertThat(IsoInstant.write(Instant.parse("-0001-12-31T23:59:59Z"), out)).isEqualTo(-1);
    }

    @Test
    void eventJsonWritesInstantsAsBefore() throws Exception {
        Instant t = Instant.parse("2026-03-02T01:15:00.120Z");
        assertThat(EventJson.mapper().writeValueAsString(t)).isEqualTo("\"2026-03-02T01:15:00.120Z\"");
        Instant far = Instant.parse("+10000-01-01T00:00:00Z");
        assertThat(EventJson.mapper().writeValueAsString(far)).isEqualTo("\"" + far + "\"");
    }
}
