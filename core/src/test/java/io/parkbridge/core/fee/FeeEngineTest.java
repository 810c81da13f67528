package io.parkbridge.core.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parkbridge.core.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FeeEngineTest {
    static final ZoneId SH = ZoneId.of("Asia/Shanghai");
    final FeeEngine engine = new FeeEngine();

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SH).toInstant();
    }

    static Money y(String yuan) {
        return Money.parseYuan(yuan);
    }

    /** 15 min free, first hour 5.00, then every 30 min 1.00, at most 30.00 per 24 h. */
    static final Tariff SIMPLE = Tariff.simple(Duration.ofMinutes(15), Duration.ofMinutes(60), y("5.00"),
            Duration.ofMinutes(30), y("1.00"), y("30.00"));

    Money gross(Tariff t, String entry, String exit) {
        return engine.quote(t, Stay.of(at(entry), at(exit))).gross();
    }

    @Test
    void simpleTariffFirstPeriodUnitsAndCap() {
        assertThat(gross(SIMPLE, "2026-01-05T10:00", "2026-01-05T10:00")).isEqualTo(Money.ZERO);
        assertThat(gross(SIMPLE, "2026-01-05T10:00", "2026-01-05T10:15")).isEqualTo(Money.ZERO);
        assertThat(gross(SIMPLE, "2026-01-05T10:00", "2026-01-05T10:16")).isEqualTo(y("5.00"));
        assertThat(gross(SIMPLE, "2026-01-05T10:00", "2026-01-05T11:00")).isEqualTo(y("5.00"));
        assertThat(gross(SIMPLE, "2026-01-05T10:00", "2026-01-05T11:01")).isEqualTo(y("6.00"));
        assertThat(gross(SIMPLE, "2026-01-05T10:00", "2026-01-05T12:30")).isEqualTo(y("8.00"));
        // 24 h: 5 + 46 units = 51 -> capped at 30
        assertThat(gross(SIMPLE, "2026-01-05T10:00", "2026-01-06T10:00")).isEqualTo(y("30.00"));
        // 24 h + 1 min: second window starts, one unit
        assertThat(gross(SIMPLE, "2026-01-05T10:00", "2026-01-06T10:01")).isEqualTo(y("31.00"));
        // 3 days exactly: 3 x 30
        assertThat(gross(SIMPLE, "2026-01-05T10:00", "2026-01-08T10:00")).isEqualTo(y("90.00"));
    }

    @Test
    void startedSecondCountsAsMinute() {
        Instant entry = at("2026-01-05T10:00");
        FeeQuote q = engine.quote(SIMPLE, Stay.of(entry, entry.plusSeconds(60 * 60 + 1)));
        assertThat(q.gross()).isEqualTo(y("6.00"));
    }

    @Test
    void exitBeforeEntryIsRejected() {
        assertThatThrownBy(() -> Stay.of(at("2026-01-05T10:00"), at("2026-01-05T09:59")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exit");
    }

    @Test
    void linesAddUpToGross() {
        FeeQuote q = engine.quote(SIMPLE, Stay.of(at("2026-01-05T10:00"), at("2026-01-07T11:00")));
        long sum = q.lines().stream().mapToLong(l -> l.subtotal().fen()).sum();
        assertThat(Money.ofFen(sum)).isEqualTo(q.gross());
        assertThat(q.gross()).isEqualTo(y("62.00"));
        assertThat(q.payable()).isEqualTo(q.gross());
    }
}
