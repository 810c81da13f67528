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
