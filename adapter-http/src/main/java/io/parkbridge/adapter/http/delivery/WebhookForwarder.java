package io.parkbridge.adapter.http.delivery;

import io.parkbridge.adapter.http.json.EventJson;
import io.parkbridge.core.event.DomainEvent;
import io.parkbridge.protocol.support.crypto.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * POSTs each event as JSON (see {@link EventJson}) to the user's URL, signed per
 * {@link WebhookSignature}. Any 2xx is success; anything else, or no answer, is a failure that
 * the dispatcher retries with backoff and jitter and dead-letters after the policy's attempts.
 */
public final class WebhookForwarder implements DeliverySink {
    /** The sink name in the delivery table. */
    public static final String SINK_NAME = "webhook";
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final String url;
    private final Secret secret;
    private final OkHttpClient client;
    private final Clock clock;
    private final DeliveryPolicy policy;

    public WebhookForwarder(String url, Secret secret, Duration timeout, DeliveryPolicy policy, Clock clock) {
        if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
            throw new IllegalArgumentException("webhook.url: expected an http:// or https:// URL, got " + url);
        }
        this.url = url;
        this.secret = Objects.requireNonNull(secret, "webhook.secret");
        this.policy = policy;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.client = new OkHttpClient.Builder().callTimeout(timeout).connectTimeout(timeout).readTimeout(timeout)
                .followRedirects(false).retryOnConnectionFailure(false).build();
    }

    @Override
    public String name() {
        return SINK_NAME;
    }

    @Override
    public DeliveryPolicy policy() {
        return policy;
    }

    @Override
    public void deliver(DomainEvent event, String eventJson) throws IOException {
        byte[] body = eventJson.getBytes(StandardCharsets.UTF_8);
        long ts = clock.instant().getEpochSecond();
        Request request = new Request.Builder().url(url)
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(ts))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, ts, body))
                .header(WebhookSignature.EVENT_ID_HEADER, event.key())
                .header(WebhookSignature.EVENT_TYPE_HEADER, EventJson.typeName(event))
                .post(RequestBody.create(body, JSON)).build();
        try (Response response = client.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("webhook answered HTTP " + response.code());
            }
        }
    }

    /** Releases the HTTP client's threads and connections. */
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
