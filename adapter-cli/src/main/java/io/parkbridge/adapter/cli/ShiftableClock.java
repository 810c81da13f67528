package io.parkbridge.adapter.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock running with a base clock but shifted by an adjustable offset: the demo lets a
 * simulated car park "live" two hours in the past when a vehicle enters, then catch up to now.
 */
final class ShiftableClock extends Clock {
    private final Clock base;
    private final AtomicReference<Duration> offset;

    ShiftableClock(Clock base, Duration offset) {
        this(base, new AtomicReference<>(offset));
    }

    private ShiftableClock(Clock base, AtomicReference<Duration> offset) {
        this.base = base;
        this.offset = offset;
    }

    /**
     * A clock for the WeLink simulator: its seed puts sample stays at 08:00 and 09:00 local time
     * today, which fails before 09:00 in Shanghai (the stays would lie in the future). Before
     * 10:00 local this clock reads 14:00 the same day; later it is {@code real} itself.
     */
    static Clock forWeLinkSeed(Clock real, ZoneId zone) {
        java.time.LocalDateTime local = java.time.LocalDateTime.now(real.withZone(zone));
        Duration shift = local.getHour() >= 10 ? Duration.ZERO
                : Duration.between(local, local.toLocalDate().atTime(14, 0));
        return new ShiftableClock(real, shift);
    }

    void shift(Duration newOffset) {
        offset.set(newOffset);
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new ShiftableClock(base.withZone(zone), offset);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }
}
