package io.parkbridge.protocol.support.inbound;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** What to answer the vendor: status, headers and body bytes. */
public record InboundResponse(int status, Map<String, String> headers, byte[] body) {
    public InboundResponse {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body.clone();
    }

    /** A JSON reply. */
    public static InboundResponse json(int status, String json) {
        return new InboundResponse(status, Map.of("Content-Type", "application/json; charset=UTF-8"),
                json.getBytes(StandardCharsets.UTF_8));
    }

    /** A plain-text reply. */
    public static InboundResponse text(int status, String text) {
        return new InboundResponse(status, Map.of("Content-Type", "text/plain; charset=UTF-8"),
                text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body decoded as UTF-8. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
