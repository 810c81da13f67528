package io.parkbridge.adapter.http.server;

import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.inbound.Route;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which route answers which path. Paths match exactly (no patterns): vendors call fixed URLs.
 * A vendor may have a secret path token; its routes then answer only under
 * {@code /<token><path>}, so a scanner that does not know the token gets 404.
 */
public final class RouteTable {
    private final Map<String, MountedRoute> byPath = new LinkedHashMap<>();

    /**
     * Mounts {@code route} at {@code path} (null: its default path), under {@code pathToken}
     * (null: none).
     *
     * @throws IllegalArgumentException if the path is taken or malformed
     */
    public synchronized MountedRoute mount(Route route, String path, Secret pathToken) {
        String p = path == null ? route.path() : path;
        if (!p.startsWith("/") || p.contains("?") || p.contains("#")) {
            throw new IllegalArgumentException("path: expected an absolute path without query, got " + p);
        }
        String mount = pathToken == null ? p : "/" + pathToken.reveal() + p;
        if (byPath.containsKey(mount)) {
            throw new IllegalArgumentException("path: " + p + " is already mounted for vendor "
                    + byPath.get(mount).route().vendor());
        }
        MountedRoute mounted = new MountedRoute(route, mount, p);
        byPath.put(mount, mounted);
        return mounted;
    }

    /** The route for an exact request path. */
    public synchronized Optional<MountedRoute> find(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    public synchronized Collection<MountedRoute> all() {
        return Collections.unmodifiableCollection(new java.util.ArrayList<>(byPath.values()));
    }
}
