package io.parkbridge.adapter.http.store.jdbc;

import java.time.Instant;
import java.util.List;

/**
 * A stored inbox message as the admin API shows it.
 *
 * @param rawBody null in listings, set when one message is shown
 * @param eventJson null in listings, set when one message is shown
 */
public record InboxEntry(long id, String key, String vendor, String interfaceName, String eventType,
        Instant receivedAt, List<Delivery> deliveries, String rawBody, String headersJson, String eventJson) {

    /** Where one sink stands with this message. */
    public record Delivery(String sink, String status, int attempts, Instant nextAttemptAt, String lastError) {
    }
}
