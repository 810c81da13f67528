package io.parkbridge.adapter.http;

import io.parkbridge.protocol.support.inbound.Route;
import java.util.List;

/**
 * Builds a module's inbound routes once the server's stores exist (routes need the durable
 * {@link io.parkbridge.core.port.Inbox} before they can acknowledge anything).
 */
@FunctionalInterface
public interface RouteProvider {
    List<Route> routes(ServerContext context);
}
