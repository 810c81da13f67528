package io.parkbridge.adapter.http.delivery;

import io.parkbridge.core.event.DomainEvent;

/**
 * Somewhere events go after they are committed to the inbox: the user's Java
 * {@link io.parkbridge.core.event.EventHandler}s or the webhook. Each sink is retried and
 * dead-lettered on its own. Delivery is at-least-once: a sink must be idempotent on
 * {@link DomainEvent#key()}.
 */
public interface DeliverySink {

    /** Stable name stored with each delivery row; renaming a sink orphans its pending rows. */
    String name();

    /** Delivers one event; throwing asks for a retry with backoff. */
    void deliver(DomainEvent event, String eventJson) throws Exception;

    /** This sink's retry policy, or null for the dispatcher's default. */
    default DeliveryPolicy policy() {
        return null;
    }
}
