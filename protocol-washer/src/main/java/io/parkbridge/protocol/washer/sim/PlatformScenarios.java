package io.parkbridge.protocol.washer.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scripted sessions as the platform runs them: a request to the merchant, then, if approved,
 * the callbacks the machine produces.
 */
public final class PlatformScenarios {
    private final MerchantLink link;
    private final CallbackBodies bodies;

    public PlatformScenarios(MerchantLink link, CallbackBodies bodies) {
        this.link = Objects.requireNonNull(link, "link");
        this.bodies = Objects.requireNonNull(bodies, "bodies");
    }

    /** Card swipe at a self-service washer: swipe, decision, and FINISH_WASH when approved. */
    public SessionResult washSession(long iotId, String card) {
        ActiveDecision d = link.swipeCard(iotId, card);
        List<CallbackDelivery> callbacks = new ArrayList<>();
        if (d.approved()) {
            callbacks.add(link.sendCallback(bodies.finishWash(iotId, d.orderId())));
        }
        return new SessionResult(d, callbacks);
    }

    /**
     * Card swipe at a purifier, the user takes water: swipe, decision, CONSUME_READY,
     * START_WATER, WORK_FINISH with {@code leftOverMl} not dispensed.
     */
    public SessionResult purifierSession(long iotId, String card, int leftOverMl) {
        ActiveDecision d = link.purifierSwipe(iotId, card);
        List<CallbackDelivery> callbacks = new ArrayList<>();
        if (d.approved()) {
            callbacks.add(link.sendCallback(bodies.waterReady(iotId, d.orderId())));
            callbacks.add(link.sendCallback(bodies.waterStart(iotId, d.orderId())));
            callbacks.add(link.sendCallback(bodies.waterWorkFinish(iotId, d.orderId(), leftOverMl)));
        }
        return new SessionResult(d, callbacks);
    }

    /** Card swipe at a purifier, nobody presses the button: swipe, decision, CONSUME_READY, WAIT_TIMEOUT. */
    public SessionResult purifierTimeout(long iotId, String card) {
        ActiveDecision d = link.purifierSwipe(iotId, card);
        List<CallbackDelivery> callbacks = new ArrayList<>();
        if (d.approved()) {
            callbacks.add(link.sendCallback(bodies.waterReady(iotId, d.orderId())));
            callbacks.add(link.sendCallback(bodies.waterWaitTimeout(iotId, d.orderId())));
        }
        return new SessionResult(d, callbacks);
    }
}
