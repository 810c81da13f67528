package io.parkbridge.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.parkbridge.adapter.http.config.ConfigLoader;
import io.parkbridge.adapter.http.config.ParkBridgeConfig;
import io.parkbridge.adapter.http.server.TestHttp;
import io.parkbridge.core.event.DomainEvent;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The route tests every way of serving ParkBridge must pass: the JDK server
 * ({@link JdkServerRouteTest}) and the servlet adapter under Jetty ({@link JettyServletRouteTest}).
 */
abstract class RouteContract {
    static final String TOKEN = "admin-token-0123456789abcdefgh";

    @TempDir
    Path dataDir;
    protected ParkBridgeServer server;
    protected String base;
    protected final Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();

    /** Starts {@code server} however the subclass serves it; returns the base URL. */
    abstract String serve(ParkBridgeServer server) throws Exception;

    abstract void stopServing() throws Exception;

    @BeforeEach
    void start() throws Exception {
        ParkBridgeConfig config = ConfigLoader.defaults();
        config.server.host = "127.0.0.1";
        config.server.port = 0;
        config.server.maxBodyBytes = 2048;
        config.database.dataDir = dataDir.toString();
        config.admin.token = TOKEN;
        config.delivery.maxAttempts = 3;
        config.delivery.initialBackoffMillis = 1;
        config.delivery.maxBackoffMillis = 5;
        config.delivery.pollIntervalMillis = 10;
        server = ParkBridgeServer.builder(config).routes(TestVendor.provider())
                .eventHandler("counter", this::count).discoverEventHandlers(false).build();
        base = serve(server);
    }

    private void count(DomainEvent e) {
        if (e instanceof DomainEvent.VendorNotice n && n.rawJson().contains("fail-")) {
            throw new IllegalStateException("downstream refused " + e.key());
        }
        handled.computeIfAbsent(e.key(), k -> new AtomicInteger()).incrementAndGet();
    }

    @AfterEach
    void stop() throws Exception {
        stopServing();
        server.close();
    }

    private HttpResponse<String> admin(String method, String path, String body) throws Exception {
        return TestHttp.send(method, base + path, body, "Authorization", "Bearer " + TOKEN,
                "Content-Type", "application/json");
    }

    @Test
    void aPushIsStoredOnceRepliedAndHandledOnce() throws Exception {
        HttpResponse<String> first = TestHttp.post(base + "/acme/push", "{\"id\":\"r-1\"}");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).isEqualTo("{\"code\":0,\"duplicate\":false}");
        HttpResponse<String> again = TestHttp.post(base + "/acme/push", "{\"id\":\"r-1\"}");
        assertThat(again.body()).isEqualTo("{\"code\":0,\"duplicate\":true}");
        assertThat(server.inbox().count()).isEqualTo(1);
        Await.until("handler ran", () -> handled.containsKey("acme:push:r-1"));
        Await.until("delivery done", () -> server.deliveryQueue().count("DONE") == 1);
        assertThat(handled.get("acme:push:r-1")).hasValue(1);
    }

    @Test
    void badInputGetsTheVendorErrorAndStoresNothing() throws Exception {
        HttpResponse<String> r = TestHttp.post(base + "/acme/push", "not json");
        assertThat(r.body()).isEqualTo("{\"code\":400,\"msg\":\"id: expected a record id\"}");
        assertThat(TestHttp.post(base + "/acme/push", "x".repeat(2049)).statusCode()).isEqualTo(413);
        assertThat(TestHttp.post(base + "/acme/other", "{}").statusCode()).isEqualTo(404);
        assertThat(server.inbox().count()).isZero();
    }

    @Test
    void aFailingHandlerIsRetriedThenDeadLetteredAndReplayable() throws Exception {
        TestHttp.post(base + "/acme/push", "{\"id\":\"fail-1\"}");
        Await.until("dead letter", () -> server.deliveryQueue().count("DEAD") == 1);
        HttpResponse<String> dead = admin("GET", "/admin/dead-letters", null);
        assertThat(dead.statusCode()).isEqualTo(200);
        assertThat(dead.body()).contains("\"key\":\"acme:push:fail-1\"").contains("\"status\":\"DEAD\"")
                .contains("\"attempts\":3").contains("downstream refused");
        long id = server.inbox().idOf("acme:push:fail-1").orElseThrow();
        HttpResponse<String> shown = admin("GET", "/admin/inbox/" + id, null);
        assertThat(shown.body()).contains("\"rawBody\":\"{\\\"id\\\":\\\"fail-1\\\"}\"")
                .contains("\"eventType\":\"VendorNotice\"");
        assertThat(admin("POST", "/admin/inbox/" + id + "/replay", "").body()).isEqualTo("{\"requeued\":1}");
        Await.until("dead again after replay", () -> server.deliveryQueue().count("DEAD") == 1
                && server.inbox().find(id).orElseThrow().deliveries().get(0).attempts() == 3);
    }

    @Test
    void healthAndMetrics() throws Exception {
        HttpResponse<String> ready = TestHttp.get(base + "/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"database\":{\"status\":\"UP\",\"detail\":\"h2\"}");
        assertThat(TestHttp.get(base + "/health/live").statusCode()).isEqualTo(200);
        TestHttp.post(base + "/acme/push", "{\"id\":\"m-1\"}");
        TestHttp.post(base + "/acme/push", "{\"id\":\"m-1\"}");
        String metrics = TestHttp.get(base + "/metrics").body();
        assertThat(metrics).contains("parkbridge_inbox_accepted_total{vendor=\"acme\"} 1.0")
                .contains("parkbridge_inbox_duplicates_total{vendor=\"acme\"} 1.0")
                .contains("parkbridge_http_requests_seconds_count{path=\"/acme/push\",status=\"200\",vendor=\"acme\"}");
    }

    @Test
    void adminApiNeedsTheTokenAndManagesCardsPassesAndLists() throws Exception {
        assertThat(TestHttp.get(base + "/admin/cards/6222021234567890").statusCode()).isEqualTo(401);
        assertThat(TestHttp.get(base + "/admin/cards/6222021234567890", "Authorization", "Bearer wrong").statusCode())
                .isEqualTo(401);
        HttpResponse<String> created = admin("POST", "/admin/cards",
                "{\"cardNumber\":\"6222021234567890\",\"holder\":\"Li\",\"balance\":\"10.00\",\"overdraftLimit\":\"5\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(admin("POST", "/admin/cards", "{\"cardNumber\":\"6222021234567890\"}").statusCode()).isEqualTo(409);
        assertThat(admin("POST", "/admin/cards/6222021234567890/top-up", "{\"orderId\":\"t1\",\"amount\":\"2.50\"}")
                .body()).isEqualTo("{\"orderId\":\"t1\",\"amount\":\"2.50\",\"balance\":\"12.50\",\"repeated\":false}");
        assertThat(admin("POST", "/admin/cards/6222021234567890/top-up", "{\"orderId\":\"t1\",\"amount\":\"2.50\"}")
                .body()).contains("\"repeated\":true");
        HttpResponse<String> badAmount = admin("POST", "/admin/cards/6222021234567890/top-up",
                "{\"orderId\":\"t2\",\"amount\":\"2.555\"}");
        assertThat(badAmount.statusCode()).isEqualTo(400);
        assertThat(badAmount.body()).contains("amount: expected a yuan amount");
        assertThat(admin("GET", "/admin/cards/6222021234567890", null).body())
                .isEqualTo("{\"cardNumber\":\"6222021234567890\",\"holder\":\"Li\",\"balance\":\"12.50\","
                        + "\"overdraftLimit\":\"5.00\",\"floor\":\"-5.00\"}");
        assertThat(admin("GET", "/admin/cards/6222021234567890/history", null).body())
                .startsWith("[{\"orderId\":\"t1\",\"amount\":\"2.50\",\"balanceAfter\":\"12.50\"");
        assertThat(admin("GET", "/admin/cards/0000000000/history", null).statusCode()).isEqualTo(404);

        String plate = URLEncoder.encode("京A12345", StandardCharsets.UTF_8);
        assertThat(admin("PUT", "/admin/passes/month-1", "{\"plates\":[\"京A12345\"],\"validFrom\":"
                + "\"2026-03-01T00:00:00Z\",\"validTo\":\"2026-04-01T00:00:00Z\",\"areas\":[\"B1\"]}").statusCode())
                .isEqualTo(200);
        assertThat(admin("GET", "/admin/passes?plate=" + plate, null).body()).contains("\"id\":\"month-1\"");
        assertThat(admin("PUT", "/admin/passes/bad", "{\"plates\":[\"京A12345\"],\"validFrom\":\"yesterday\","
                + "\"validTo\":\"2026-04-01T00:00:00Z\"}").body()).contains("validFrom: expected an ISO-8601 instant");
        assertThat(admin("DELETE", "/admin/passes/month-1", null).statusCode()).isEqualTo(200);
        assertThat(admin("GET", "/admin/passes/month-1", null).statusCode()).isEqualTo(404);

        assertThat(admin("PUT", "/admin/lists/black/" + plate, "{\"reason\":\"unpaid\"}").statusCode()).isEqualTo(200);
        assertThat(admin("GET", "/admin/lists?plate=" + plate, null).body())
                .contains("\"list\":\"black\",\"plate\":\"京A12345\",\"reason\":\"unpaid\"");
        assertThat(admin("PUT", "/admin/lists/grey/" + plate, "{}").statusCode()).isEqualTo(404);
        assertThat(admin("DELETE", "/admin/lists/black/" + plate, null).statusCode()).isEqualTo(200);

        TestHttp.post(base + "/acme/push", "{\"id\":\"a-1\"}");
        assertThat(admin("GET", "/admin/inbox?limit=10", null).body()).contains("\"key\":\"acme:push:a-1\"");
        assertThat(admin("GET", "/admin/inbox?status=WHATEVER", null).body())
                .contains("status: expected PENDING, CLAIMED, DONE or DEAD");
        assertThat(List.of(admin("GET", "/admin/nothing", null).statusCode())).containsExactly(404);
    }
}
