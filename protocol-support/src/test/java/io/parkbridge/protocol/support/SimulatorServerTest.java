package io.parkbridge.protocol.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parkbridge.protocol.support.inbound.InboundResponse;
import io.parkbridge.protocol.support.sim.SimulatorServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SimulatorServerTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> post(SimulatorServer sim, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + path))
                .header("sign", "abc").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void passesTheRawRequestToTheHandlerAndItsReplyBack() throws Exception {
        AtomicReference<String> seen = new AtomicReference<>();
        try (SimulatorServer sim = SimulatorServer.start(req -> {
            seen.set(req.method() + " " + req.path() + "?" + req.rawQuery() + " " + req.header("SIGN") + " "
                    + req.bodyText());
            return InboundResponse.json(200, "{\"ok\":true}");
        })) {
            HttpResponse<String> r = post(sim, "/x/y?a=%2B1", "{\"车\":1}");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).isEqualTo("{\"ok\":true}");
            assertThat(seen.get()).isEqualTo("POST /x/y?a=%2B1 abc {\"车\":1}");
            assertThat(sim.baseUrl()).startsWith("http://127.0.0.1:");
        }
    }

    @Test
    void injectsFaultsInOrderThenRecovers() throws Exception {
        try (SimulatorServer sim = SimulatorServer.start(req -> InboundResponse.json(200, "{}"))) {
            sim.faults().failNext(1, 503).malformedNext(1).dropNext(1);
            assertThatThrownBy(() -> post(sim, "/", "")).isInstanceOf(IOException.class);
            assertThat(post(sim, "/", "").statusCode()).isEqualTo(503);
            assertThat(post(sim, "/", "").body()).startsWith("<html>");
            assertThat(post(sim, "/", "").body()).isEqualTo("{}");
            assertThat(sim.requestCount()).isEqualTo(4);
        }
    }

    @Test
    void refusesToListenBeyondLoopback() {
        assertThatThrownBy(() -> SimulatorServer.start("0.0.0.0", 0, req -> InboundResponse.text(200, "")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("loopback");
    }
}
