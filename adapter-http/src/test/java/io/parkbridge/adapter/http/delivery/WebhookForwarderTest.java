package io.parkbridge.adapter.http.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.parkbridge.adapter.http.MutableClock;
import io.parkbridge.adapter.http.json.EventJson;
import io.parkbridge.adapter.http.server.LogRedactor;
import io.parkbridge.adapter.http.store.jdbc.Database;
import io.parkbridge.adapter.http.store.jdbc.JdbcDeliveryQueue;
import io.parkbridge.adapter.http.store.jdbc.JdbcInbox;
import io.parkbridge.adapter.http.store.jdbc.TestDatabases;
import io.parkbridge.core.event.DomainEvent;
import io.parkbridge.core.money.Money;
import io.parkbridge.core.plate.Plate;
import io.parkbridge.core.port.InboxMessage;
import io.parkbridge.protocol.support.crypto.Secret;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebhookForwarderTest {
    static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    static final Secret SECRET = Secret.of("whsec-test-0123456789");

    @TempDir
    Path dir;
    private MockWebServer web;
    private Database db;
    private final MutableClock clock = new MutableClock(T0);

    @BeforeEach
    void setUp() throws Exception {
        web = new MockWebServer();
        web.start(InetAddress.getByName("127.0.0.1"), 0);
        db = TestDatabases.h2(dir);
    }

    @AfterEach
    void tearDown() throws Exception {
        web.shutdown();
        db.close();
    }

    private static DomainEvent payment() {
        return new DomainEvent.PaymentCompleted("welink:pay:ORD-1", "welink", T0, "P7", Plate.parse("京A12345"),
                "ORD-1", Money.parseYuan("12.50"), Money.parseYuan("2.00"), "wechat");
    }

    @Test
    void signatureIsHmacSha256OverTimestampDotBody() {
        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        // echo -n '1700000000.{"a":1}' | openssl dgst -sha256 -hmac whsec-test-0123456789
        String sig = WebhookSignature.sign(SECRET, 1_700_000_000L, body);
        assertThat(sig).isEqualTo("v1=" + OpenSslVector.HEX);
        assertThat(WebhookSignature.verify(SECRET, 1_700_000_000L, body, sig)).isTrue();
        assertThat(WebhookSignature.verify(SECRET, 1_700_000_001L, body, sig)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, 1_700_000_000L, "{\"a\":2}".getBytes(StandardCharsets.UTF_8), sig))
                .isFalse();
    }

    @Test
    void postsTheEventJsonSignedRetriesOn5xxAndDeadLettersAfterTheLimit() throws Exception {
        WebhookForwarder forwarder = new WebhookForwarder(web.url("/hooks/parkbridge").toString(), SECRET,
                Duration.ofSeconds(5),
                new DeliveryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofSeconds(30)), clock);
        JdbcInbox inbox = new JdbcInbox(db, clock, List.of(WebhookForwarder.SINK_NAME));
        Dispatcher d = new Dispatcher(new JdbcDeliveryQueue(db), List.of(forwarder), DeliveryPolicy.DEFAULT, clock,
                new SimpleMeterRegistry(), LogRedactor.cardsOnly(), "t");
        inbox.accept(new InboxMessage("welink", "payment", "welink:pay:ORD-1", "{}", Map.of(), T0, payment()));
        inbox.accept(new InboxMessage("welink", "payment", "welink:pay:ORD-2", "{}", Map.of(), T0,
                new DomainEvent.HeartbeatReceived("welink:pay:ORD-2", "welink", T0, "P7")));

        web.enqueue(new MockResponse().setResponseCode(503));
        web.enqueue(new MockResponse().setResponseCode(500));
        assertThat(d.runOnce()).isEqualTo(2);
        RecordedRequest first = web.takeRequest(5, TimeUnit.SECONDS);
        String body = first.getBody().readUtf8();
        assertThat(first.getMethod()).isEqualTo("POST");
        assertThat(first.getPath()).isEqualTo("/hooks/parkbridge");
        assertThat(first.getHeader("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(first.getHeader("X-ParkBridge-Event-Id")).isEqualTo("welink:pay:ORD-1");
        assertThat(first.getHeader("X-ParkBridge-Event-Type")).isEqualTo("PaymentCompleted");
        assertThat(first.getHeader("X-ParkBridge-Timestamp")).isEqualTo(Long.toString(T0.getEpochSecond()));
        assertThat(body).isEqualTo("{\"eventType\":\"PaymentCompleted\",\"key\":\"welink:pay:ORD-1\",\"vendor\":\"welink\","
                + "\"occurredAt\":\"2026-03-01T08:00:00Z\",\"parkId\":\"P7\",\"plate\":{\"number\":\"京A12345\","
                + "\"kind\":\"ORDINARY\",\"color\":\"UNKNOWN\"},\"orderId\":\"ORD-1\",\"amount\":\"12.50\","
                + "\"discount\":\"2.00\",\"method\":\"wechat\"}");
        assertThat(WebhookSignature.verify(SECRET, T0.getEpochSecond(), body.getBytes(StandardCharsets.UTF_8),
                first.getHeader("X-ParkBridge-Signature"))).isTrue();
        assertThat(EventJson.read(body)).isEqualTo(payment());
        web.takeRequest(5, TimeUnit.SECONDS);

        // not due before the backoff (at least half of 2 s)
        assertThat(d.runOnce()).isZero();
        clock.advance(Duration.ofSeconds(3));
        web.enqueue(new MockResponse().setResponseCode(200));
        web.enqueue(new MockResponse().setResponseCode(500));
        assertThat(d.runOnce()).isEqualTo(2);
        clock.advance(Duration.ofSeconds(5));
        web.enqueue(new MockResponse().setResponseCode(500));
        assertThat(d.runOnce()).isEqualTo(1);
        assertThat(web.getRequestCount()).isEqualTo(5);
        JdbcDeliveryQueue q = new JdbcDeliveryQueue(db);
        assertThat(q.count("DONE")).isEqualTo(1);
        assertThat(q.count("DEAD")).isEqualTo(1);
        clock.advance(Duration.ofHours(1));
        assertThat(d.runOnce()).isZero();
        forwarder.close();
    }
}
