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

    public HttpSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(callTimeout, "callTimeout");
    }
}
