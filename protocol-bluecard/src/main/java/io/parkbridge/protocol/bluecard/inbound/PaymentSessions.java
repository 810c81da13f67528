package io.parkbridge.protocol.bluecard.inbound;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Our side of Bluecard's payment state machine, per {@code outTradeNo}: 4.24 starts it
 * ({@code PAYING} when the answer was USERPAYING), 4.25 polls move it to {@code PAID} or keep it
 * {@code PAYING}, 4.26 ends it {@code CANCELLED}. A final outcome is remembered so a repeated
 * 4.24/4.25/4.27 is answered the same and the payer is never charged twice. In memory: a
 * deployment with several instances needs sticky routing by park or a shared store.
 *
 * <p>Bounded: at most {@code capacity} orders are remembered (default {@value #DEFAULT_CAPACITY});
 * beyond that the oldest order is forgotten. Bluecard's polling ends after 5 minutes, so only a
 * resend far older than that many payments could reach a forgotten order. Thread-safe.
 */
public final class PaymentSessions {
    /** Orders remembered by default. */
    public static final int DEFAULT_CAPACITY = 100_000;
    /** Lock stripes for {@link #exclusively}: bounded, unlike one lock per order. */
    private static final int STRIPES = 64;

    /** Where an order stands. */
    public enum State {
        PAYING, PAID, FAILED, CANCELLED
    }

    /** The state and the outcome that produced it. */
    public record Session(State state, FacePayOutcome outcome) {
    }

    private final Map<String, Session> byOrder;
    private final Object[] stripes = new Object[STRIPES];

    /** Remembers up to {@value #DEFAULT_CAPACITY} orders. */
    public PaymentSessions() {
        this(DEFAULT_CAPACITY);
    }

    /** @param capacity most orders remembered; the oldest is forgotten first */
    public PaymentSessions(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity: expected 1 or more, got " + capacity);
        }
        this.byOrder = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Session> eldest) {
                return size() > capacity;
            }
        };
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Object();
        }
    }

    /** The order's session, if it is remembered. */
    public Optional<Session> get(String outTradeNo) {
        synchronized (byOrder) {
            return Optional.ofNullable(byOrder.get(outTradeNo));
        }
    }

    /** Records the latest outcome; a PAID or CANCELLED order does not change any more. */
    public Session record(String outTradeNo, FacePayOutcome outcome) {
        synchronized (byOrder) {
            return byOrder.compute(outTradeNo, (k, old) -> {
                if (old != null && (old.state() == State.PAID || old.state() == State.CANCELLED)) {
                    return old;
                }
                return new Session(stateOf(outcome), outcome);
            });
        }
    }

    /** 4.26: the order is void, unless it was paid already (then the payment stands). */
    public Session cancel(String outTradeNo) {
        synchronized (byOrder) {
            return byOrder.compute(outTradeNo, (k, old) -> old != null && old.state() == State.PAID ? old
                    : new Session(State.CANCELLED, new FacePayOutcome.Failed("cancelled by Bluecard (4.26)")));
        }
    }

    /**
     * Runs {@code step} while no other step for the same order runs. Bluecard resends a 4.24 it
     * got no answer to, possibly while the first is still charging the payer: the check "already
     * paid?" and the charge must not interleave, nor a 4.26 cancel with a charge in flight.
     */
    public <T> T exclusively(String outTradeNo, Supplier<T> step) {
        synchronized (stripes[Math.floorMod(String.valueOf(outTradeNo).hashCode(), STRIPES)]) {
            return step.get();
        }
    }

    private static State stateOf(FacePayOutcome outcome) {
        if (outcome instanceof FacePayOutcome.Paid || outcome instanceof FacePayOutcome.Discounted) {
            return State.PAID;
        }
        return outcome instanceof FacePayOutcome.Paying ? State.PAYING : State.FAILED;
    }
}
