package io.parkbridge.adapter.http.server;

import io.parkbridge.protocol.support.inbound.Route;

/**
 * A route as mounted: the path it answers on (default path, possibly changed by configuration
 * and prefixed with the vendor's secret path token) and the path to show in logs and metrics
 * (never the token).
 */
public record MountedRoute(Route route, String mountPath, String publicPath) {
}
