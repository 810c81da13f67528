package io.parkbridge.protocol.washer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.error.AuthenticationException;
import io.parkbridge.protocol.support.error.MalformedMessageException;
import io.parkbridge.protocol.support.error.TransportException;
import io.parkbridge.protocol.support.http.RetryPolicy;
import io.parkbridge.protocol.support.json.JsonMappers;
import io.parkbridge.protocol.washer.testing.WikiPages;
import java.lang.reflect.InvocationTargetException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every endpoint's exact bytes on the wire, from the page's own request example. */
class WasherClientWireTest {
    static final Secret SECRET = Secret.of("bbbbbbbbbbbbbbbb");
    MockWebServer server;
    final List<Duration> sleeps = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    static Stream<Endpoint<?, ?>> endpoints() {
        return WasherApi.ALL.stream();
    }

    WasherClient client(String openId, long millis) {
        return WasherClient.builder().baseUrl(server.url("/").toString()).openId(openId).secret(SECRET)
                .clock(Clock.fixed(Instant.ofEpochMilli(millis), ZoneOffset.UTC)).sleeper(sleeps::add)
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1), 2.0)).build();
    }

    static ObjectNode example(Endpoint<?, ?> e) throws Exception {
        return (ObjectNode) JsonMappers.lenient().readTree(WikiPages.block(WikiPages.read(e.page()), "**Request JSON:**"));
    }

    static Object requestFrom(Endpoint<?, ?> e, ObjectNode example) throws Exception {
        ObjectNode fields = example.deepCopy();
        fields.remove("openId");
        fields.remove("time");
        return JsonMappers.strict().treeToValue(fields, e.requestType());
    }

    static Object invokeTyped(WasherClient client, Endpoint<?, ?> e, Object request) throws Throwable {
        try {
            return WasherClient.class.getMethod(e.javaMethod(), e.requestType()).invoke(client, request);
        } catch (InvocationTargetException ex) {
            throw ex.getCause();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void thePagesRequestExampleGoesOnTheWireByteForByteAndItsReplyExampleIsRead(Endpoint<?, ?> e) throws Throwable {
        ObjectNode example = example(e);
        String openId = example.get("openId").asText();
        long time = example.get("time").asLong();
        server.enqueue(new MockResponse().setBody(WikiPages.block(WikiPages.read(e.page()), "**Response JSON:**")));

        Object reply = invokeTyped(client(openId, time), e, requestFrom(e, example));

        RecordedRequest recorded = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(recorded.getMethod()).isEqualTo("POST");
        assertThat(recorded.getPath()).isEqualTo(e.path());
        assertThat(recorded.getHeader("Content-Type")).isEqualTo("application/json");
        assertThat(recorded.getHeader("sign")).isEqualTo(WasherSigner.sign(openId, SECRET, time));
        assertThat(recorded.getBody().readUtf8()).isEqualTo(example.toString());
        assertThat(reply).isInstanceOf(e.replyType());
        assertThat(((WasherReply) reply).code()).isZero();
        if (reply instanceof StatusReply s) {
            assertThat(s.status()).isEqualTo(IotStatus.READY);
            assertThat(s.ready()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void thePagesErrorExampleBecomesATypedError(Endpoint<?, ?> e) throws Throwable {
        ObjectNode example = example(e);
        String error = WikiPages.block(WikiPages.read(e.page()), "**Error example:**");
        String message = JsonMappers.lenient().readTree(error).get("msg").asText();
        server.enqueue(new MockResponse().setBody(error));

        assertThatThrownBy(() -> invokeTyped(client("rSZWWixs2CUbf0ih", 1613693307796L), e, requestFrom(e, example)))
                .isInstanceOfSatisfying(WasherBusinessException.class, ex -> {
                    assertThat(ex.numericCode()).isEqualTo(20005);
                    assertThat(ex.code()).isEqualTo("20005");
                    assertThat(ex.errorCode()).isEqualTo(WasherErrorCode.REQUEST_REFUSED);
                    assertThat(ex.vendorMessage()).isEqualTo(message);
                });
    }

    @Test
    void theReadingsOfTheClockEndingBelow100AreMovedToTheNext100() throws Exception {
        server.enqueue(new MockResponse().setBody("{\"code\":0,\"iotStatus\":\"READY\"}"));

        client("openid-1", 1613693307042L).checkStatus(new IotRequest(10024));

        RecordedRequest r = server.takeRequest();
        assertThat(r.getBody().readUtf8()).isEqualTo("{\"openId\":\"openid-1\",\"time\":1613693307100,\"iotId\":10024}");
        assertThat(r.getHeader("sign")).isEqualTo(WasherSigner.sign("openid-1", SECRET, 1613693307100L));
    }

    @Test
    void statusQueriesAreRetriedOn5xx() {
        server.enqueue(new MockResponse().setResponseCode(503));
        server.enqueue(new MockResponse().setBody("{\"code\":0,\"iotStatus\":\"WASHING\"}"));

        StatusReply reply = client("o", 1613693307796L).checkStatus(new IotRequest(10024));

        assertThat(reply.status()).isEqualTo(IotStatus.WASHING);
        assertThat(reply.ready()).isFalse();
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(sleeps).hasSize(1);
    }

    @Test
    void commandsAreNeverRetried() {
        server.enqueue(new MockResponse().setResponseCode(503));
        server.enqueue(new MockResponse().setBody("{\"code\":0,\"iotStatus\":\"READY\"}"));

        assertThatThrownBy(() -> client("o", 1613693307796L).rt1Lock(new PlanRequest(10024, 1, "O-1")))
                .isInstanceOf(TransportException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void invalidRequestsAreRefusedBeforeAnythingIsSent() {
        WasherClient c = client("o", 1613693307796L);

        assertThatThrownBy(() -> c.rt1Lock(new PlanRequest(10024, 4, "O-1")))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("mark");
        assertThatThrownBy(() -> c.rt1Lock(new PlanRequest(10024, 1, "O-1", "010")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("obstacleMark");
        assertThatThrownBy(() -> c.wp1Lock(new WaterPlanRequest(20001, 150, "W-1", 60, 100)))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("multiple of 100");
        assertThatThrownBy(() -> c.wp1Lock(new WaterPlanRequest(20001, 200, "W-1", 20, 100)))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("maxWaitTime");
        assertThatThrownBy(() -> c.rt2Pause(new PauseRequest(10024, "O-1", 181)))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("maxWaitTime");
        assertThatThrownBy(() -> c.pageError(new ErrorLogRequest(1, 21, 10024)))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("size");
        assertThatThrownBy(() -> c.rt1Start(new OrderRequest(10024, " ")))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("orderId");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void authenticationTransportAndMalformedRepliesAreTyped() {
        WasherClient c = client("o", 1613693307796L);
        server.enqueue(new MockResponse().setResponseCode(401));
        server.enqueue(new MockResponse().setResponseCode(404));
        server.enqueue(new MockResponse().setBody("<html>"));
        server.enqueue(new MockResponse().setBody("{\"iotStatus\":\"READY\"}"));

        assertThatThrownBy(() -> c.rt1Start(new OrderRequest(1, "O"))).isInstanceOf(AuthenticationException.class)
                .hasMessageNotContaining("bbbbbbbbbbbbb");
        assertThatThrownBy(() -> c.rt1Start(new OrderRequest(1, "O"))).isInstanceOf(TransportException.class);
        assertThatThrownBy(() -> c.rt1Start(new OrderRequest(1, "O"))).isInstanceOf(MalformedMessageException.class);
        assertThatThrownBy(() -> c.rt1Start(new OrderRequest(1, "O"))).isInstanceOf(MalformedMessageException.class)
                .hasMessageContaining("code");
    }

    @Test
    void unknownStatusValuesAreKeptRaw() {
        server.enqueue(new MockResponse().setBody("{\"code\":0,\"iotStatus\":\"SPINNING\",\"extra\":1}"));

        StatusReply reply = client("o", 1613693307796L).checkStatus(new IotRequest(1));

        assertThat(reply.status()).isEqualTo(IotStatus.UNKNOWN);
        assertThat(reply.iotStatus()).isEqualTo("SPINNING");
    }

    @Test
    void strictRepliesStayStrict() {
        server.enqueue(new MockResponse().setBody("{\"code\":0,\"iotStatus\":\"READY\",}"));

        assertThatThrownBy(() -> client("o", 1613693307796L).rt1Start(new OrderRequest(1, "O")))
                .isInstanceOf(MalformedMessageException.class);
    }

    @Test
    void aBaseUrlWithAPrefixKeepsIt() throws Exception {
        server.enqueue(new MockResponse().setBody("{\"code\":0,\"iotStatus\":\"READY\"}"));
        WasherClient c = WasherClient.builder().baseUrl(server.url("/gateway/washer/").toString()).openId("o")
                .secret(SECRET).clock(Clock.fixed(Instant.ofEpochMilli(1613693307796L), ZoneOffset.UTC)).build();

        c.checkStatus(new IotRequest(1));

        assertThat(server.takeRequest().getPath()).isEqualTo("/gateway/washer/api/open/v1/common/checkStatus");
    }
}
