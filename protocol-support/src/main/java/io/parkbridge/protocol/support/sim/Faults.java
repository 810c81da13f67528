package io.parkbridge.protocol.support.sim;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Faults a simulator injects into its next replies: added latency, HTTP errors, malformed
 * bodies and dropped connections. Thread-safe; each "next N" counter is consumed one reply at
 * a time, in this order: drop, error status, malformed body.
 */
public final class Faults {
    private final AtomicLong latencyMillis = new AtomicLong();
    private final AtomicInteger dropNext = new AtomicInteger();
    private final AtomicInteger errorNext = new AtomicInteger();
    private volatile int errorStatus = 500;
    private final AtomicInteger malformedNext = new AtomicInteger();

    /** Delay every reply by {@code latency} (zero to stop). */
    public Faults latency(Duration latency) {
        latencyMillis.set(latency.toMillis());
        return this;
    }

    /** Close the connection without a reply, {@code count} times. */
    public Faults dropNext(int count) {
        dropNext.set(count);
        return this;
    }

    /** Answer {@code status} with an empty body, {@code count} times. */
    public Faults failNext(int count, int status) {
        errorStatus = status;
        errorNext.set(count);
        return this;
    }

    /** Answer 200 with a body that is not JSON, {@code count} times. */
    public Faults malformedNext(int count) {
        malformedNext.set(count);
        return this;
    }

    /** Clears every fault. */
    public Faults reset() {
        latencyMillis.set(0);
        dropNext.set(0);
        errorNext.set(0);
        malformedNext.set(0);
        return this;
    }

    Duration latency() {
        return Duration.ofMillis(latencyMillis.get());
    }

    boolean takeDrop() {
        return take(dropNext);
    }

    int takeErrorStatus() {
        return take(errorNext) ? errorStatus : 0;
    }

    boolean takeMalformed() {
        return take(malformedNext);
    }

    private static boolean take(AtomicInteger counter) {
        return counter.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }
}
