package io.parkbridge.adapter.http.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parkbridge.protocol.support.inbound.InboundRequest;
import io.parkbridge.protocol.support.inbound.InboundResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * {@code /health/live} answers 200 while the process serves requests; {@code /health/ready} and
 * {@code /health} answer 200 only when every readiness check is up, else 503, with each check's
 * result as JSON.
 */
public final class HealthEndpoint {
    private final List<HealthCheck> checks = new CopyOnWriteArrayList<>();

    public void add(HealthCheck check) {
        checks.add(check);
    }

    public InboundResponse live(InboundRequest request) {
        return InboundResponse.json(200, "{\"status\":\"UP\"}");
    }

    public InboundResponse ready(InboundRequest request) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode results = root.putObject("checks");
        boolean allUp = true;
        for (HealthCheck c : checks) {
            HealthCheck.Result r;
            try {
                r = c.check();
            } catch (RuntimeException e) {
                r = HealthCheck.Result.down(e.getClass().getSimpleName());
            }
            allUp &= r.up();
            results.putObject(c.name()).put("status", r.up() ? "UP" : "DOWN").put("detail", r.detail());
        }
        root.put("status", allUp ? "UP" : "DOWN");
        return InboundResponse.json(allUp ? 200 : 503, root.toString());
    }
}
