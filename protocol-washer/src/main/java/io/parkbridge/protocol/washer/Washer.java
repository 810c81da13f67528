package io.parkbridge.protocol.washer;

import java.time.Duration;
import java.time.ZoneId;

/** Constants of the washer and water purifier platform. */
public final class Washer {
    /** The vendor name used in events, routes and exceptions. */
    public static final String VENDOR = "washer";

    /** How long the platform waits to connect to the merchant (active request). */
    public static final Duration PLATFORM_CONNECT_TIMEOUT = Duration.ofMillis(2000);

    /** How long the platform waits for the merchant's reply to an active request. */
    public static final Duration PLATFORM_READ_TIMEOUT = Duration.ofMillis(20000);

    /** The zone the platform's machines and order logs live in, unless configured otherwise. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private Washer() {
    }
}
