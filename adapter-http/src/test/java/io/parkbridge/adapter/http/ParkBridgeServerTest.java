package io.parkbridge.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parkbridge.adapter.http.config.ConfigException;
import io.parkbridge.adapter.http.config.ConfigLoader;
import io.parkbridge.adapter.http.config.ParkBridgeConfig;
import io.parkbridge.adapter.http.server.TestHttp;
import io.parkbridge.protocol.bluecard.BluecardSigner;
import io.parkbridge.protocol.bluecard.message.OpenGate;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.json.JsonMappers;
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
    @Test
    void aBluecardApplicationIsFoundByServiceLoaderUnlessTurnedOff() throws Exception {
        ParkBridgeConfig c = config();
        ParkBridgeConfig.Vendor bluecard = new ParkBridgeConfig.Vendor();
        bluecard.keys.put("p1", "abc123");
        c.vendors.put("bluecard", bluecard);
        String body = JsonMappers.strict().writeValueAsString(new OpenGate.Request("p1", "opengate",
                DiscoveredBluecardApplication.PLATE, "蓝色", "临时车", 100, "2019-12-09 16:00:00", "正门入口", 1, "地上"));
        String sign = BluecardSigner.sign(Secret.of("abc123"), "p1");
        try (ParkBridgeServer server = ParkBridgeServer.builder(c).discoverEventHandlers(false).build()) {
            int port = server.start();
            assertThat(TestHttp.post("http://127.0.0.1:" + port + "/bluecard/opengate", body, "sign", sign).body())
                    .contains("\"status\":\"fail\"").contains("refused by the discovered application");
        }
        try (ParkBridgeServer server = ParkBridgeServer.builder(c).discoverEventHandlers(false)
                .discoverVendorApplications(false).build()) {
            int port = server.start();
            assertThat(TestHttp.post("http://127.0.0.1:" + port + "/bluecard/opengate", body, "sign", sign).body())
                    .contains("\"status\":\"self\""); // the module's default: the park decides
        }
    }
}
