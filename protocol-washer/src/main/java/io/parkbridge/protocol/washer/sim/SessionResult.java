package io.parkbridge.protocol.washer.sim;

import java.util.List;

/** A scripted session: the merchant's decision and the callbacks that followed it. */
public record SessionResult(ActiveDecision decision, List<CallbackDelivery> callbacks) {
    public SessionResult {
        callbacks = List.copyOf(callbacks);
    }

    /** True if every callback was answered 200. */
    public boolean allDelivered() {
        return callbacks.stream().allMatch(CallbackDelivery::delivered);
    }
}
