package io.parkbridge.protocol.support.http;

import java.time.Duration;
import java.util.Objects;

/**
 * Timeouts every vendor client sets explicitly (OkHttp's defaults are not a decision).
 *
 * @param connectTimeout to open the connection
 * @param readTimeout between bytes of the reply
 * @param callTimeout for the whole call including retries of one attempt's redirects
 */
public record HttpSettings(Duration connectTimeout, Duration readTimeout, Duration callTimeout) {
    /** 5 s connect, 15 s read, 30 s whole call. */
    public static final HttpSettings DEFAULT = new HttpSettings(Duration.ofSeconds(5), Duration.ofSeconds(15),
            Duration.ofSeconds(30));

    /**
     * @throws IllegalArgumentException if a timeout is under 1 ms: OkHttp takes the milliseconds,
     *     and 0 there means "wait forever", the opposite of what a zero or tiny value asks for
     */
    public HttpSettings {
        requireTimeout("connectTimeout", connectTimeout);
        requireTimeout("readTimeout", readTimeout);
        requireTimeout("callTimeout", callTimeout);
    }

    private static void requireTimeout(String field, Duration timeout) {
        Objects.requireNonNull(timeout, field);
        if (timeout.toMillis() < 1) {
            throw new IllegalArgumentException(field + ": expected at least 1 ms (0 would disable the timeout), got "
                    + timeout);
        }
    }
}
