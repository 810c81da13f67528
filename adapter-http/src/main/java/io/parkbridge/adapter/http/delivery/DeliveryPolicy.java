package io.parkbridge.adapter.http.delivery;

import java.time.Duration;
import java.util.Random;

/**
 * Retries with exponential backoff and jitter, then a dead letter.
 *
 * @param maxAttempts attempts before the delivery becomes a dead letter (1: no retry)
 * @param initialBackoff delay cap after the first failure
 * @param maxBackoff largest delay cap
 * @param lease how long a claimed delivery is reserved for one dispatcher; a sink call must
 *     finish well within it, else another dispatcher may deliver it again
 */
public record DeliveryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration lease) {

    /** 10 attempts, 1 s doubling to 10 min, 5 min lease. */
    public static final DeliveryPolicy DEFAULT = new DeliveryPolicy(10, Duration.ofSeconds(1), Duration.ofMinutes(10),
            Duration.ofMinutes(5));

    public DeliveryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts: expected 1 or more, got " + maxAttempts);
        }
        if (initialBackoff == null || initialBackoff.isNegative() || maxBackoff == null
                || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("backoff: expected 0 <= initialBackoff <= maxBackoff");
        }
        if (lease == null || lease.toMillis() < 1000) {
            throw new IllegalArgumentException("lease: expected at least 1 second, got " + lease);
        }
    }

    /**
     * The delay after failed attempt number {@code attempt} (1-based): the cap
     * {@code initialBackoff * 2^(attempt-1)} (at most {@code maxBackoff}), of which a random
     * half is taken off ("equal jitter"), so retries spread out yet keep growing.
     */
    public Duration backoff(int attempt, Random random) {
        long initial = initialBackoff.toMillis();
        double cap = Math.min(maxBackoff.toMillis(), initial * Math.pow(2, Math.max(0, attempt - 1)));
        long half = (long) (cap / 2);
        return Duration.ofMillis(half + (half == 0 ? 0 : (long) (random.nextDouble() * half)));
    }
}
