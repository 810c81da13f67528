package io.parkbridge.protocol.washer.testing;

import io.parkbridge.protocol.support.inbound.InboundHandler;
import io.parkbridge.protocol.support.inbound.InboundRequest;
import io.parkbridge.protocol.support.inbound.InboundResponse;
import io.parkbridge.protocol.support.inbound.Route;
import java.util.List;

/** Mounts routes by exact path, as the HTTP adapter does, for tests over real HTTP. */
public final class PathRouter implements InboundHandler {
    private final List<Route> routes;

    public PathRouter(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    @Override
    public InboundResponse handle(InboundRequest request) {
        for (Route r : routes) {
            if (r.path().equals(request.path())) {
                return r.handler().handle(request);
            }
        }
        return InboundResponse.text(404, "no route");
    }
}
