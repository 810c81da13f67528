package io.parkbridge.core.port;

import io.parkbridge.core.event.DomainEvent;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One accepted inbound message.
 *
 * @param vendor e.g. "bluecard"
 * @param interfaceName the vendor's interface, e.g. "4.2 uploadCarIn"
 * @param key idempotency key from the vendor's record id ({@link io.parkbridge.core.event.EventKey})
 * @param rawBody the body as received (for a batch, the one record's JSON)
 * @param headers headers of interest (never secrets)
 * @param receivedAt when we received it (injected clock)
 * @param event the core event it maps to
 */
public record InboxMessage(String vendor, String interfaceName, String key, String rawBody, Map<String, String> headers,
        Instant receivedAt, DomainEvent event) {
    public InboxMessage {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(interfaceName, "interfaceName");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(rawBody, "rawBody");
        headers = Map.copyOf(headers);
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(event, "event");
    }
}
