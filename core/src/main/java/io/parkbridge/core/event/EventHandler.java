package io.parkbridge.core.event;

/**
 * Port: the user's code that reacts to events. Called at least once per event (after the event
 * is stored), so implementations must be idempotent on {@link DomainEvent#key()}. Throwing asks
 * for a retry later.
 */
@FunctionalInterface
public interface EventHandler {
    void handle(DomainEvent event) throws Exception;
}
