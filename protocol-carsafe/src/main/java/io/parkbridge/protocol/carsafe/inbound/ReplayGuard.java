package io.parkbridge.protocol.carsafe.inbound;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers signed requests seen within the skew window so a captured request cannot be
 * replayed. The key is the signed triple plus signature ({@code from, timestamp, nonce, sign}):
 * the document's nonces are 0-99, so a nonce alone repeats legitimately within a minute.
 * In memory and bounded; a cluster needs a shared implementation.
 */
public final class ReplayGuard {
    private final int capacity;
    private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

    /** @param capacity most keys remembered; the oldest is dropped first when full */
    public ReplayGuard(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity: expected 1 or more, got " + capacity);
        }
        this.capacity = capacity;
    }

    /** True the first time {@code key} is seen within {@code window} of {@code now}; false for a replay. */
    public synchronized boolean firstSeen(String key, Instant now, Duration window) {
        for (Iterator<Map.Entry<String, Instant>> it = seen.entrySet().iterator(); it.hasNext();) {
            if (it.next().getValue().isBefore(now)) {
                it.remove();
            } else {
                break; // insertion order = expiry order for a fixed window
            }
        }
        if (seen.containsKey(key)) {
            return false;
        }
        if (seen.size() >= capacity) {
            Iterator<String> oldest = seen.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        seen.put(key, now.plus(window).plus(window)); // the timestamp may be up to one window in the future
        return true;
    }

    /**
     * Forgets {@code key}: the request it named was refused or could not be stored, so the
     * sender's retry of the same bytes is not a replay.
     */
    public synchronized void forget(String key) {
        seen.remove(key);
    }
}
