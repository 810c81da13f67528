package io.parkbridge.protocol.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parkbridge.protocol.support.error.TransportException;
import io.parkbridge.protocol.support.http.HttpCaller;
import io.parkbridge.protocol.support.http.HttpClients;
import io.parkbridge.protocol.support.http.HttpReply;
import io.parkbridge.protocol.support.http.HttpSettings;
import io.parkbridge.protocol.support.http.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpCallerTest {
    private final MockWebServer server = new MockWebServer();
    private final List<Duration> sleeps = new ArrayList<>();
    private HttpCaller caller;

    @BeforeEach
    void start() throws Exception {
        server.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
        HttpSettings fast = new HttpSettings(Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofSeconds(5));
        caller = new HttpCaller("test", HttpClients.create(null, fast),
                new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1), 2.0), sleeps::add);
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    private Request get() {
        return new Request.Builder().url(server.url("/api/query?Signature=SECRETSIG")).build();
    }

    private Request post() {
        return new Request.Builder().url(server.url("/api/pay"))
                .post(RequestBody.create("{}", MediaType.get("application/json"))).build();
    }

    @Test
    void aReplyOverTheSizeLimitIsRefusedAndNotRetried() {
        String limit = "x".repeat(HttpCaller.MAX_REPLY_BYTES);
        server.enqueue(new MockResponse().setChunkedBody(limit + "y", 1024 * 1024)); // no Content-Length
        server.enqueue(new MockResponse().setBody(limit + "y"));
        server.enqueue(new MockResponse().setBody(limit));

        assertThatThrownBy(() -> caller.execute(get(), true)).isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.getMessage()).contains("over " + HttpCaller.MAX_REPLY_BYTES + " bytes")
                        .doesNotContain("SECRETSIG"));
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThatThrownBy(() -> caller.execute(get(), true)).isInstanceOf(TransportException.class);
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(caller.execute(get(), true).body()).hasSize(HttpCaller.MAX_REPLY_BYTES);
    }

    @Test
    void idempotentCallIsRetriedOn5xxUntilSuccess() {
        server.enqueue(new MockResponse().setResponseCode(503));
        server.enqueue(new MockResponse().setResponseCode(502));
        server.enqueue(new MockResponse().setBody("ok"));

        HttpReply reply = caller.execute(get(), true);

        assertThat(reply.bodyText()).isEqualTo("ok");
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(sleeps).hasSize(2);
        assertThat(sleeps.get(0)).isBetween(Duration.ZERO, Duration.ofMillis(100));
        assertThat(sleeps.get(1)).isBetween(Duration.ZERO, Duration.ofMillis(200));
    }

    @Test
    void eachAttemptIsBuiltAfreshSoRetriesCarryANewNonce() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(500));
        server.enqueue(new MockResponse().setBody("ok"));
        java.util.concurrent.atomic.AtomicInteger nonce = new java.util.concurrent.atomic.AtomicInteger();

        caller.execute(() -> new Request.Builder()
                .url(server.url("/api/query?Nonce=" + nonce.incrementAndGet())).build(), true);

        assertThat(server.takeRequest().getPath()).isEqualTo("/api/query?Nonce=1");
        assertThat(server.takeRequest().getPath()).isEqualTo("/api/query?Nonce=2");
    }

    @Test
    void nonIdempotentCallIsNeverRetried() {
        server.enqueue(new MockResponse().setResponseCode(500));
        server.enqueue(new MockResponse().setBody("ok"));

        assertThatThrownBy(() -> caller.execute(post(), false))
                .isInstanceOf(TransportException.class)
                .satisfies(e -> assertThat(((TransportException) e).httpStatus()).isEqualTo(500));
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void clientErrorsAreReturnedNotRetried() {
        server.enqueue(new MockResponse().setResponseCode(404).setBody("no"));
        HttpReply reply = caller.execute(get(), true);
        assertThat(reply.status()).isEqualTo(404);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void droppedConnectionsBecomeTransportExceptionsWithoutTheQueryString() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
        }
        assertThatThrownBy(() -> caller.execute(get(), true))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("GET /api/query")
                .hasMessageContaining("attempt 3 of 3")
                .hasMessageNotContaining("SECRETSIG");
        assertThat(sleeps).hasSize(2);
    }

    @Test
    void readTimeoutIsATransportException() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        assertThatThrownBy(() -> caller.execute(post(), false))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("timeout");
    }
}
