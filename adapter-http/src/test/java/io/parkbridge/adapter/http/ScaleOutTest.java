package io.parkbridge.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.parkbridge.adapter.http.config.ConfigLoader;
import io.parkbridge.adapter.http.config.ParkBridgeConfig;
import io.parkbridge.adapter.http.server.TestHttp;
import io.parkbridge.adapter.http.store.jdbc.TestDatabases;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two complete servers share one PostgreSQL schema. Every record is pushed to both at once (a
 * vendor retry landing on the other instance behind a load balancer); each record is stored once
 * and handled once, the work spread by row locks in the database.
 */
class ScaleOutTest {
    private static final int RECORDS = 150;
    private String schema;
    private final List<ParkBridgeServer> servers = new ArrayList<>();

    @AfterEach
    void stop() {
        servers.forEach(ParkBridgeServer::close);
        if (schema != null) {
            TestDatabases.dropPostgresSchema(schema);
        }
    }

    @Test
    void twoServersOnOnePostgresStoreAndHandleEachRecordOnce() throws Exception {
        schema = TestDatabases.requirePostgresSchema();
        Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> byInstance = new ConcurrentHashMap<>();
        List<String> bases = new ArrayList<>();
        for (int n = 0; n < 2; n++) {
            String name = "instance-" + n;
            ParkBridgeConfig c = ConfigLoader.defaults();
            c.server.host = "127.0.0.1";
            c.server.port = 0;
            c.server.instanceName = name;
            c.database.url = TestDatabases.postgresUrl();
            c.database.schema = schema;
            c.database.maxPoolSize = 6;
            c.delivery.pollIntervalMillis = 10;
            ParkBridgeServer s = ParkBridgeServer.builder(c).routes(TestVendor.provider()).discoverEventHandlers(false)
                    .eventHandler("app", e -> {
                        handled.computeIfAbsent(e.key(), k -> new AtomicInteger()).incrementAndGet();
                        byInstance.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
                    }).build();
            servers.add(s);
            bases.add("http://127.0.0.1:" + s.start());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> replies = new ArrayList<>();
            for (int i = 0; i < RECORDS; i++) {
                String body = "{\"id\":\"so-" + i + "\"}";
                for (String base : bases) {
                    replies.add(pool.submit(() -> TestHttp.post(base + "/acme/push", body)));
                }
            }
            int duplicates = 0;
            for (Future<HttpResponse<String>> f : replies) {
                HttpResponse<String> r = f.get(60, TimeUnit.SECONDS);
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(r.body()).startsWith("{\"code\":0");
                duplicates += r.body().contains("\"duplicate\":true") ? 1 : 0;
            }
            assertThat(duplicates).as("one of the two copies of each record is the duplicate").isEqualTo(RECORDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(servers.get(0).inbox().count()).isEqualTo(RECORDS);
        Await.until("all handled", () -> servers.get(0).deliveryQueue().count("DONE") == RECORDS);
        assertThat(handled).hasSize(RECORDS);
        assertThat(handled.values()).allSatisfy(c -> assertThat(c).hasValue(1));
        assertThat(byInstance.values().stream().mapToInt(AtomicInteger::get).sum()).isEqualTo(RECORDS);
    }
}
