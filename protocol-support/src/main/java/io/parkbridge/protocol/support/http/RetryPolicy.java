package io.parkbridge.protocol.support.http;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with full jitter. Used only for calls that are safe to repeat (queries)
 * and only on connect failures, timeouts and 5xx; a payment is never retried blindly.
 *
 * @param maxAttempts total attempts including the first (1 = no retry)
 * @param initialDelay delay cap before the first retry
 * @param maxDelay largest delay cap
 * @param multiplier growth of the cap per retry
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay, double multiplier) {

    /** Three attempts, 200 ms doubling up to 2 s. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(2), 2.0);

    /** One attempt. */
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 1.0);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts: expected 1 or more, got " + maxAttempts);
        }
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (initialDelay.isNegative() || maxDelay.isNegative()) {
            throw new IllegalArgumentException("delays: expected zero or more");
        }
        if (multiplier < 1.0) {
            throw new IllegalArgumentException("multiplier: expected 1.0 or more, got " + multiplier);
        }
    }

    /** The delay cap before retry number {@code retry} (1-based). */
    public Duration capFor(int retry) {
        double millis = initialDelay.toMillis() * Math.pow(multiplier, Math.max(0, retry - 1));
        return Duration.ofMillis((long) Math.min(millis, maxDelay.toMillis()));
    }

    /** A random delay in [0, cap] before retry number {@code retry} (full jitter). */
    public Duration delayFor(int retry) {
        long cap = capFor(retry).toMillis();
        return Duration.ofMillis(cap == 0 ? 0 : ThreadLocalRandom.current().nextLong(cap + 1));
    }

    /** True if an HTTP status is worth retrying for an idempotent call. */
    public static boolean retryableStatus(int status) {
        return status >= 500 && status <= 599;
    }
}
