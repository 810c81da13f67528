package io.parkbridge.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parkbridge.adapter.http.config.ConfigException;
import io.parkbridge.adapter.http.config.ConfigLoader;
import io.parkbridge.adapter.http.config.ParkBridgeConfig;
import io.parkbridge.adapter.http.server.TestHttp;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParkBridgeServerTest {
    @TempDir
    Path dir;

    private ParkBridgeConfig config() {
        ParkBridgeConfig c = ConfigLoader.defaults();
        c.server.host = "127.0.0.1";
        c.server.port = 0;
        c.database.dataDir = dir.resolve("data").toString();
        c.delivery.pollIntervalMillis = 10;
        return c;
    }

    @Test
    void eventHandlersAreFoundByServiceLoader() throws Exception {
        try (ParkBridgeServer server = ParkBridgeServer.builder(config()).routes(TestVendor.provider()).build()) {
            int port = server.start();
            assertThat(TestHttp.post("http://127.0.0.1:" + port + "/acme/push", "{\"id\":\"sl-1\"}").body())
                    .isEqualTo("{\"code\":0,\"duplicate\":false}");
            Await.until("ServiceLoader handler ran", () -> RecordingEventHandler.KEYS.contains("acme:push:sl-1"));
            assertThat(server.inbox().find(server.inbox().idOf("acme:push:sl-1").orElseThrow()).orElseThrow()
                    .deliveries()).extracting(d -> d.sink())
                    .containsExactly("java:io.parkbridge.adapter.http.RecordingEventHandler");
        }
        assertThat(Files.exists(dir.resolve("data").resolve("parkbridge.mv.db"))).as("embedded database file").isTrue();
    }

    @Test
    void refusesToStartOnAnInvalidConfigurationBuiltInCode() {
        ParkBridgeConfig c = config();
        c.server.workerThreads = 0;
        c.webhook = new ParkBridgeConfig.Webhook();
        c.webhook.url = "ftp://nowhere";
        ParkBridgeServer server = ParkBridgeServer.builder(c).build();
        assertThatThrownBy(server::start).isInstanceOf(ConfigException.class)
                .hasMessageContaining("server.workerThreads: expected 1..512, got 0")
                .hasMessageContaining("webhook.url: expected an http:// or https:// URL, got ftp://nowhere")
                .hasMessageContaining("webhook.secret: expected the HMAC secret");
        assertThat(Files.exists(dir.resolve("data"))).as("nothing was opened").isFalse();
    }
}
