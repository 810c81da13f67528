package io.parkbridge.protocol.support.inbound;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A request a vendor sent us, independent of any HTTP server: method, path, query string,
 * headers (names case-insensitive), the raw body bytes, and the peer address.
 */
public record InboundRequest(String method, String path, String rawQuery, Map<String, List<String>> headers,
        byte[] body, String remoteAddress) {

    public InboundRequest {
        method = method.toUpperCase(Locale.ROOT);
        rawQuery = rawQuery == null ? "" : rawQuery;
        TreeMap<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> h.put(k, List.copyOf(v)));
        headers = java.util.Collections.unmodifiableMap(h);
        body = body == null ? new byte[0] : body.clone();
        remoteAddress = remoteAddress == null ? "" : remoteAddress;
    }

    /** Convenience for tests and simulators: a POST with a UTF-8 body. */
    public static InboundRequest post(String path, Map<String, List<String>> headers, String body) {
        return new InboundRequest("POST", path, "", headers, body.getBytes(StandardCharsets.UTF_8), "127.0.0.1");
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body decoded as UTF-8. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The first value of header {@code name}, or null. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The body's length in bytes, without copying it. */
    public int bodyLength() {
        return body.length;
    }
}
