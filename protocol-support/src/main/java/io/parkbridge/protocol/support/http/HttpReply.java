package io.parkbridge.protocol.support.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A complete HTTP reply read into memory (vendor replies are small JSON documents). */
public record HttpReply(int status, Map<String, List<String>> headers, byte[] body) {
    public HttpReply {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body decoded as UTF-8. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** True for 2xx. */
    public boolean isSuccessful() {
        return status >= 200 && status < 300;
    }
}
