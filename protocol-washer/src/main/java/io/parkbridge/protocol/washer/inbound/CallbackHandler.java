package io.parkbridge.protocol.washer.inbound;

import io.parkbridge.core.event.DomainEvent;
import io.parkbridge.core.port.Inbox;
import io.parkbridge.core.port.InboxMessage;
import io.parkbridge.protocol.support.error.MalformedMessageException;
import io.parkbridge.protocol.support.inbound.InboundHandler;
import io.parkbridge.protocol.support.inbound.InboundRequest;
import io.parkbridge.protocol.support.inbound.InboundResponse;
import io.parkbridge.protocol.washer.Washer;
import io.parkbridge.protocol.washer.callback.CallbackEvents;
import io.parkbridge.protocol.washer.callback.CallbackParser;
import io.parkbridge.protocol.washer.callback.WasherCallback;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives the platform's device callbacks (all 14 types, and any type added later). The
 * platform counts a callback as delivered when it gets HTTP 200, so 200 is answered only after
 * every event of the callback has been accepted by the {@link Inbox} (a duplicate counts as
 * accepted). A malformed body gets 400 with a message naming the field; an Inbox failure gets 503
 * so the platform tries again.
 */
public final class CallbackHandler implements InboundHandler {
    /** The interface name recorded on inbox messages. */
    public static final String INTERFACE = "device callback";

    private static final Logger LOG = LoggerFactory.getLogger(CallbackHandler.class);

    private final Inbox inbox;
    private final Clock clock;
    private final InboundGuard guard;
    private final CallbackEvents events;

    private CallbackHandler(Inbox inbox, Clock clock, InboundGuard guard, WaterPlans waterPlans) {
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.events = new CallbackEvents(clock, waterPlans);
    }

    /** A handler handing events to {@code inbox}, with no protection and no water plans. */
    public static CallbackHandler of(Inbox inbox, Clock clock) {
        return new CallbackHandler(inbox, clock, InboundGuard.none(), WaterPlans.none());
    }

    /**
     * A handler handing events to {@code inbox}, checking {@code guard} first and computing
     * dispensed water from {@code waterPlans}.
     */
    public static CallbackHandler of(Inbox inbox, Clock clock, InboundGuard guard, WaterPlans waterPlans) {
        return new CallbackHandler(inbox, clock, guard, waterPlans);
    }

    @Override
    public InboundResponse handle(InboundRequest request) {
        Optional<InboundResponse> blocked = guard.admitPost(request);
        if (blocked.isPresent()) {
            return blocked.get();
        }
        WasherCallback callback;
        List<DomainEvent> mapped;
        try {
            callback = CallbackParser.parse(request.body());
            mapped = events.events(callback);
        } catch (MalformedMessageException e) {
            LOG.info("washer callback rejected: {}", e.getMessage());
            return InboundResponse.text(400, e.getMessage());
        } catch (IllegalArgumentException e) {
            LOG.info("washer callback rejected: {}", e.getMessage());
            return InboundResponse.text(400, Washer.VENDOR + ": " + e.getMessage());
        }
        try {
            for (DomainEvent event : mapped) {
                Inbox.Acceptance acceptance = inbox.accept(new InboxMessage(Washer.VENDOR,
                        INTERFACE + " " + callback.callbackType(), event.key(), callback.rawJson(),
                        headersOfInterest(request), clock.instant(), event));
                if (acceptance == Inbox.Acceptance.DUPLICATE) {
                    LOG.debug("washer callback {} already stored", event.key());
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("washer callback {} not stored, the platform will retry: {}", callback.callbackType(),
                    e.getClass().getSimpleName());
            return InboundResponse.text(503, "not stored, try again");
        }
        return InboundResponse.text(200, "OK");
    }

    /** The path to mount this handler on: {@code base}, plus the guard's path token if any. */
    public String mountPath(String base) {
        return guard.mountPath(base);
    }

    private static Map<String, String> headersOfInterest(InboundRequest request) {
        String type = request.header("Content-Type");
        return type == null ? Map.of() : Map.of("Content-Type", type);
    }
}
