package io.parkbridge.protocol.bluecard.sim;

import io.parkbridge.protocol.bluecard.inbound.BluecardInboundHandler;
import io.parkbridge.protocol.bluecard.message.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Bluecard's side of a face-to-face payment (4.24-4.26), as a pure state machine: 4.24 answered
 * {@code USERPAYING} starts polling 4.25 every second; a {@code success} ends it PAID; when 5
 * minutes have passed since 4.24 without success, Bluecard cancels with 4.26 (L1861, L1918).
 * Polls happen at 1 s, 2 s, … 300 s after 4.24 (300 polls), the cancel at the first tick after.
 */
public final class FacePayPolling {
    /** Polling period. */
    public static final Duration INTERVAL = Duration.ofSeconds(1);
    /** How long Bluecard polls. */
    public static final Duration WINDOW = Duration.ofMinutes(5);

    /** Where a payment stands. */
    public enum State {
        /** 4.24 sent, no answer yet. */
        REQUESTED,
        /** Answered USERPAYING: polling 4.25. */
        POLLING,
        PAID,
        /** 4.24 refused (any {@code fail} other than USERPAYING). */
        FAILED,
        /** Polling timed out and 4.26 was sent. */
        CANCELLED
    }

    /** What to do at a tick. */
    public enum Step {
        POLL, CANCEL, NOTHING
    }

    private final Instant startedAt;
    private State state = State.REQUESTED;
    private int polls;

    public FacePayPolling(Instant startedAt) {
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
    }

    public State state() {
        return state;
    }

    /** How many 4.25 polls were answered so far. */
    public int polls() {
        return polls;
    }

    /** The 4.24 reply arrived. */
    public void onFacePayReply(Reply<?> reply) {
        requireState(State.REQUESTED);
        if (reply.isSuccess()) {
            state = State.PAID;
        } else if (BluecardInboundHandler.USERPAYING.equals(reply.errorCode())) {
            state = State.POLLING;
        } else {
            state = State.FAILED;
        }
    }

    /** What to do at {@code now} (called every {@link #INTERVAL}). */
    public Step next(Instant now) {
        if (state != State.POLLING) {
            return Step.NOTHING;
        }
        return Duration.between(startedAt, now).compareTo(WINDOW) <= 0 ? Step.POLL : Step.CANCEL;
    }

    /** A 4.25 reply arrived: success ends polling; anything else means "not yet" (undefined in the document). */
    public void onPollReply(Reply<?> reply) {
        requireState(State.POLLING);
        polls++;
        if (reply.isSuccess()) {
            state = State.PAID;
        }
    }

    /** 4.26 was sent. */
    public void onCancelSent() {
        requireState(State.POLLING);
        state = State.CANCELLED;
    }

    private void requireState(State expected) {
        if (state != expected) {
            throw new IllegalStateException("face-to-face payment is " + state + ", expected " + expected);
        }
    }
}
