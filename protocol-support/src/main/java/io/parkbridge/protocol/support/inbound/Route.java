package io.parkbridge.protocol.support.inbound;

import java.util.Objects;

/**
 * One inbound route a protocol module offers: a default path (relative, e.g.
 * "/bluecard/uploadCarIn"), the vendor interface it serves, and its handler. Servers mount
 * routes; they do not know vendors.
 */
public record Route(String vendor, String interfaceName, String path, InboundHandler handler) {
    public Route {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(interfaceName, "interfaceName");
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("path: expected a path starting with /, got " + path);
        }
        Objects.requireNonNull(handler, "handler");
    }
}
