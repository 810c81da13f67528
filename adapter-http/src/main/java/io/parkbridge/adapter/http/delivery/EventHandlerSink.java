package io.parkbridge.adapter.http.delivery;

import io.parkbridge.core.event.DomainEvent;
import io.parkbridge.core.event.EventHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;

/** A user's {@link EventHandler} as a delivery sink. */
public final class EventHandlerSink implements DeliverySink {
    private final String name;
    private final EventHandler handler;

    public EventHandlerSink(String name, EventHandler handler) {
        if (name == null || !name.matches("[A-Za-z0-9_.:$-]{1,100}")) {
            throw new IllegalArgumentException("sink name: expected 1..100 of [A-Za-z0-9_.:$-], got " + name);
        }
        this.name = name;
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    /**
     * Every {@link EventHandler} registered in {@code META-INF/services/io.parkbridge.core.event.EventHandler}
     * on the class path, each named after its class.
     */
    public static List<EventHandlerSink> discover(ClassLoader loader) {
        List<EventHandlerSink> out = new ArrayList<>();
        for (EventHandler h : ServiceLoader.load(EventHandler.class, loader)) {
            out.add(new EventHandlerSink("java:" + h.getClass().getName(), h));
        }
        return out;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void deliver(DomainEvent event, String eventJson) throws Exception {
        handler.handle(event);
    }
}
