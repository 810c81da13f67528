package io.parkbridge.protocol.washer.sim;

import java.util.List;

/**
 * How a callback was delivered: the body and the HTTP status of each attempt (-1 when no reply).
 */
public record CallbackDelivery(String callbackType, String body, List<Integer> attemptStatuses) {
    public CallbackDelivery {
        attemptStatuses = List.copyOf(attemptStatuses);
    }

    /** True if an attempt got HTTP 200. */
    public boolean delivered() {
        return !attemptStatuses.isEmpty() && attemptStatuses.get(attemptStatuses.size() - 1) == 200;
    }

    public int attempts() {
        return attemptStatuses.size();
    }
}
