package io.parkbridge.protocol.bluecard.inbound;

import io.parkbridge.protocol.bluecard.message.Heartbeat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Health of each park's link, from its 4.1 heartbeats (every 30 s, L272). The document says
 * nothing about what stopping heartbeats mean; here a park is {@code online} while fewer than
 * {@code offlineAfterMissed} beats (default 3, i.e. 90 s) have been missed. Thread-safe.
 */
public final class LinkHealth {
    /** Bluecard's heartbeat period. */
    public static final Duration PERIOD = Duration.ofSeconds(30);

    private final Clock clock;
    private final int offlineAfterMissed;
    private final Map<String, Heartbeat.Request> lastBeat = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastAt = new ConcurrentHashMap<>();

    /** Offline after 3 missed heartbeats (90 s). */
    public LinkHealth(Clock clock) {
        this(clock, 3);
    }

    /** Offline after {@code offlineAfterMissed} missed heartbeats (1 or more). */
    public LinkHealth(Clock clock, int offlineAfterMissed) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (offlineAfterMissed < 1) {
            throw new IllegalArgumentException("offlineAfterMissed: expected 1 or more, got " + offlineAfterMissed);
        }
        this.offlineAfterMissed = offlineAfterMissed;
    }

    /** Records a heartbeat received now. */
    public void beat(Heartbeat.Request heartbeat) {
        lastAt.put(heartbeat.parkNumber(), clock.instant());
        lastBeat.put(heartbeat.parkNumber(), heartbeat);
    }

    /** The park's link as of now. */
    public Status status(String parkNumber) {
        Instant at = lastAt.get(parkNumber);
        Instant now = clock.instant();
        if (at == null) {
            return new Status(parkNumber, Optional.empty(), 0, false, Optional.empty());
        }
        long missed = Math.max(0, Duration.between(at, now).toMillis() / PERIOD.toMillis());
        return new Status(parkNumber, Optional.of(at), missed, missed < offlineAfterMissed,
                Optional.ofNullable(lastBeat.get(parkNumber)));
    }

    /**
     * A park's link.
     *
     * @param parkNumber the park
     * @param lastHeartbeat when the last heartbeat arrived (our clock); empty if never
     * @param missedBeats whole 30 s periods since then
     * @param online heard from, and fewer beats missed than the threshold
     * @param lastHeartbeatBody the last heartbeat (space counts per park and area)
     */
    public record Status(String parkNumber, Optional<Instant> lastHeartbeat, long missedBeats, boolean online,
            Optional<Heartbeat.Request> lastHeartbeatBody) {
    }
}
