package io.parkbridge.protocol.washer;

import io.parkbridge.protocol.support.inbound.Route;
import io.parkbridge.protocol.washer.inbound.ActiveRequestHandler;
import io.parkbridge.protocol.washer.inbound.CallbackHandler;
import java.util.List;

/** The inbound interfaces of the washer platform, as routes a server mounts. */
public final class WasherRoutes {
    /** Default path of the active request (set this URL in the platform's back office). */
    public static final String ACTIVE_REQUEST_PATH = "/washer/active-request";
    /** Default path of the device callbacks. */
    public static final String CALLBACK_PATH = "/washer/callback";

    private WasherRoutes() {
    }

    /**
     * Both routes. When a handler's guard has a path token, its route path ends with it (so the
     * route list must be treated as a secret in that case).
     */
    public static List<Route> of(ActiveRequestHandler active, CallbackHandler callbacks) {
        return List.of(
                new Route(Washer.VENDOR, "active request", active.mountPath(ACTIVE_REQUEST_PATH), active),
                new Route(Washer.VENDOR, "device callback", callbacks.mountPath(CALLBACK_PATH), callbacks));
    }
}
