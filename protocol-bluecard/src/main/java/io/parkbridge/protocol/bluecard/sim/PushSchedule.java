package io.parkbridge.protocol.bluecard.sim;

import java.time.Duration;
import java.util.Objects;

/**
 * When Bluecard resends a failed push (4.2 L340, 4.3 L413): "if 3 sends all fail, resend every 5
 * minutes until it succeeds". The spacing of the first sends is not stated.
 *
 * @param quickSends sends made {@code quickSpacing} apart before falling back (document: 3)
 * @param quickSpacing spacing of those first sends (not stated; default 10 s)
 * @param slowSpacing spacing after them (document: 5 minutes)
 */
public record PushSchedule(int quickSends, Duration quickSpacing, Duration slowSpacing) {
    /** 3 sends 10 s apart, then every 5 minutes. */
    public static final PushSchedule DOCUMENTED = new PushSchedule(3, Duration.ofSeconds(10), Duration.ofMinutes(5));

    public PushSchedule {
        if (quickSends < 1) {
            throw new IllegalArgumentException("quickSends: expected 1 or more, got " + quickSends);
        }
        Objects.requireNonNull(quickSpacing, "quickSpacing");
        Objects.requireNonNull(slowSpacing, "slowSpacing");
    }

    /** The wait after the {@code failedSends}-th failed send (1-based). */
    public Duration delayAfter(int failedSends) {
        return failedSends < quickSends ? quickSpacing : slowSpacing;
    }
}
