package io.parkbridge.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.parkbridge.adapter.http.json.EventJson;
import io.parkbridge.core.event.DomainEvent;
import io.parkbridge.core.event.EventKey;
import io.parkbridge.core.port.Inbox;
import io.parkbridge.core.port.InboxMessage;
import io.parkbridge.protocol.support.inbound.InboundResponse;
import io.parkbridge.protocol.support.inbound.Route;
import java.util.List;
import java.util.Map;

/**
 * A stand-in vendor module for server tests: POST /acme/push with {"id":"..."} is stored in the
 * inbox (as a VendorNotice) before the reply {"code":0}; bad JSON gets {"code":400}.
 */
public final class TestVendor {
    public static final String VENDOR = "acme";

    private TestVendor() {
    }

    public static RouteProvider provider() {
        return ctx -> List.of(new Route(VENDOR, "push", "/acme/push", request -> {
            String id;
            try {
                JsonNode n = EventJson.mapper().readTree(request.body());
                id = n.path("id").asText("");
            } catch (java.io.IOException e) {
                id = "";
            }
            if (id.isBlank()) {
                return InboundResponse.json(200, "{\"code\":400,\"msg\":\"id: expected a record id\"}");
            }
            String key = EventKey.of(VENDOR, "push", id);
            DomainEvent event = new DomainEvent.VendorNotice(key, VENDOR, ctx.clock().instant(), "push",
                    request.bodyText());
            Inbox.Acceptance a = ctx.inbox().accept(new InboxMessage(VENDOR, "push", key, request.bodyText(),
                    Map.of(), ctx.clock().instant(), event));
            return InboundResponse.json(200, "{\"code\":0,\"duplicate\":" + (a == Inbox.Acceptance.DUPLICATE) + "}");
        }));
    }
}
