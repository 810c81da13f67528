package io.parkbridge.adapter.http.server;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.parkbridge.protocol.support.inbound.InboundRequest;
import io.parkbridge.protocol.support.inbound.InboundResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** {@code /metrics}: every meter in the Prometheus text exposition format. */
public final class MetricsEndpoint {
    private final PrometheusMeterRegistry registry;

    public MetricsEndpoint(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    public InboundResponse scrape(InboundRequest request) {
        return new InboundResponse(200, Map.of("Content-Type", "text/plain; version=0.0.4; charset=utf-8"),
                registry.scrape().getBytes(StandardCharsets.UTF_8));
    }
}
