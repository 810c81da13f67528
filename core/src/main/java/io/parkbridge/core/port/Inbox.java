package io.parkbridge.core.port;

/**
 * Port: durable store of accepted inbound messages. {@link #accept} must not return until the
 * message is durable; the inbound handler replies success to the vendor only after that.
 */
public interface Inbox {

    /** Stores the message unless one with the same key is stored already. */
    Acceptance accept(InboxMessage message);

    /** Whether {@link #accept} stored a new message or found its key already there. */
    enum Acceptance {
        ACCEPTED, DUPLICATE
    }
}
