package io.parkbridge.core.port;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An {@link Inbox} in memory: for tests, simulators and the demo. Thread-safe. */
public final class InMemoryInbox implements Inbox {
    private final Map<String, InboxMessage> byKey = new LinkedHashMap<>();

    @Override
    public synchronized Acceptance accept(InboxMessage message) {
        return byKey.putIfAbsent(message.key(), message) == null ? Acceptance.ACCEPTED : Acceptance.DUPLICATE;
    }

    /** Everything accepted, in order. */
    public synchronized List<InboxMessage> messages() {
        return new ArrayList<>(byKey.values());
    }
}
