package io.parkbridge.core.fee;

import io.parkbridge.core.money.Money;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Shorthands shared by the fee tests: Shanghai local times and yuan amounts. */
final class FeeFixtures {
    static final ZoneId SH = ZoneId.of("Asia/Shanghai");

    private FeeFixtures() {
    }

    /** {@code "2026-03-02T08:00"} in Shanghai. */
    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SH).toInstant();
    }

    /** {@code "12.50"} yuan. */
    static Money y(String yuan) {
        return Money.parseYuan(yuan);
    }
}
