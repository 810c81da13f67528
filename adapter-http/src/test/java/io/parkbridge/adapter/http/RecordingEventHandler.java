package io.parkbridge.adapter.http;

import io.parkbridge.core.event.DomainEvent;
import io.parkbridge.core.event.EventHandler;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Registered in META-INF/services for {@link ParkBridgeServerTest}: found by ServiceLoader. */
public final class RecordingEventHandler implements EventHandler {
    static final List<String> KEYS = new CopyOnWriteArrayList<>();

    @Override
    public void handle(DomainEvent event) {
        KEYS.add(event.key());
    }
}
