package io.parkbridge.protocol.bluecard.inbound;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Our side of Bluecard's payment state machine, per {@code outTradeNo}: 4.24 starts it
 * ({@code PAYING} when the answer was USERPAYING), 4.25 polls move it to {@code PAID} or keep it
 * {@code PAYING}, 4.26 ends it {@code CANCELLED}. A final outcome is remembered so a repeated
 * 4.24/4.25/4.27 is answered the same and the payer is never charged twice. In memory: a
 * deployment with several instances needs sticky routing by park or a shared store.
 */
public final class PaymentSessions {
    /** Where an order stands. */
    public enum State {
        PAYING, PAID, FAILED, CANCELLED
    }

    /** The state and the outcome that produced it. */
    public record Session(State state, FacePayOutcome outcome) {
    }

    private final Map<String, Session> byOrder = new ConcurrentHashMap<>();

    public Optional<Session> get(String outTradeNo) {
        return Optional.ofNullable(byOrder.get(outTradeNo));
    }

    /** Records the latest outcome; a PAID or CANCELLED order does not change any more. */
    public Session record(String outTradeNo, FacePayOutcome outcome) {
        return byOrder.compute(outTradeNo, (k, old) -> {
            if (old != null && (old.state() == State.PAID || old.state() == State.CANCELLED)) {
                return old;
            }
            return new Session(stateOf(outcome), outcome);
        });
    }

    /** 4.26: the order is void, unless it was paid already (then the payment stands). */
    public Session cancel(String outTradeNo) {
        return byOrder.compute(outTradeNo, (k, old) -> old != null && old.state() == State.PAID ? old
                : new Session(State.CANCELLED, new FacePayOutcome.Failed("cancelled by Bluecard (4.26)")));
    }

    private static State stateOf(FacePayOutcome outcome) {
        if (outcome instanceof FacePayOutcome.Paid || outcome instanceof FacePayOutcome.Discounted) {
            return State.PAID;
        }
        return outcome instanceof FacePayOutcome.Paying ? State.PAYING : State.FAILED;
    }
}
