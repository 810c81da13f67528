package io.parkbridge.adapter.http.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.inbound.InboundResponse;
import io.parkbridge.protocol.support.inbound.Route;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JdkHttpServerRuntimeTest {
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private JdkHttpServerRuntime server;
    private RequestPipeline pipeline;
    private final HealthEndpoint health = new HealthEndpoint();

    private String start(ServerLimits limits) throws Exception {
        RouteTable routes = new RouteTable();
        routes.mount(new Route("echo", "echo", "/echo/push", r -> InboundResponse.json(200,
                "{\"got\":" + r.bodyLength() + "}")), null, null);
        routes.mount(new Route("tok", "tok", "/tok/push", r -> InboundResponse.text(200, "ok")), null,
                Secret.of("s3cr3tT0ken"));
        routes.mount(new Route("slow", "slow", "/slow", r -> {
            entered.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return InboundResponse.text(200, "finished");
        }), null, null);
        routes.mount(new Route("boom", "boom", "/boom", r -> {
            throw new IllegalStateException("card 6222021234567890 key s3cr3tT0ken");
        }), null, null);
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        pipeline = new RequestPipeline(routes, meters, LogRedactor.of(java.util.List.of(Secret.of("s3cr3tT0ken"))),
                limits.maxBodyBytes());
        pipeline.addSystemEndpoint("/health/live", health::live);
        pipeline.addSystemEndpoint("/health/ready", health::ready);
        pipeline.addSystemEndpoint("/metrics", new MetricsEndpoint(meters)::scrape);
        server = JdkHttpServerRuntime.start("127.0.0.1", 0, pipeline, limits);
        return "http://127.0.0.1:" + server.port();
    }

    @AfterEach
    void stop() {
        release.countDown();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void servesMountedRoutesWithARequestIdAndAnswers404Elsewhere() throws Exception {
        String base = start(ServerLimits.DEFAULT);
        HttpResponse<String> ok = TestHttp.post(base + "/echo/push", "hello");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("{\"got\":5}");
        assertThat(ok.headers().firstValue("X-Request-Id")).get().asString().hasSize(16);
        HttpResponse<String> echoed = TestHttp.post(base + "/echo/push", "x", "X-Request-Id", "abc-123");
        assertThat(echoed.headers().firstValue("X-Request-Id")).contains("abc-123");
        HttpResponse<String> injected = TestHttp.post(base + "/echo/push", "x", "X-Request-Id", "a b\tc");
        assertThat(injected.headers().firstValue("X-Request-Id")).get().asString().matches("[0-9a-f]{16}");
        assertThat(TestHttp.post(base + "/nowhere", "x").statusCode()).isEqualTo(404);
    }

    @Test
    void secretPathTokenHidesAVendorsRoutes() throws Exception {
        String base = start(ServerLimits.DEFAULT);
        assertThat(TestHttp.post(base + "/tok/push", "x").statusCode()).isEqualTo(404);
        assertThat(TestHttp.post(base + "/wrong/tok/push", "x").statusCode()).isEqualTo(404);
        assertThat(TestHttp.post(base + "/s3cr3tT0ken/tok/push", "x").statusCode()).isEqualTo(200);
    }

    @Test
    void bodiesOverTheLimitGet413() throws Exception {
        String base = start(new ServerLimits(100, 4, 4, Duration.ofSeconds(30), Duration.ofSeconds(5)));
        assertThat(TestHttp.post(base + "/echo/push", "a".repeat(100)).statusCode()).isEqualTo(200);
        HttpResponse<String> big = TestHttp.post(base + "/echo/push", "a".repeat(101));
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(big.body()).contains("over 100 bytes");
        // chunked: no Content-Length, so the limit is enforced while reading
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("POST /echo/push HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "c8\r\n" + "b".repeat(200) + "\r\n0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String reply = new String(s.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(reply).isEqualTo("HTTP/1.1 413");
        }
    }

    @Test
    void handlerFailureIs500WithoutDetails() throws Exception {
        String base = start(ServerLimits.DEFAULT);
        HttpResponse<String> r = TestHttp.post(base + "/boom", "x");
        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(r.body()).isEqualTo("{\"error\":\"internal error\"}");
    }

    @Test
    void saturatedServerAnswers503() throws Exception {
        String base = start(new ServerLimits(1024, 1, 1, Duration.ofSeconds(30), Duration.ofSeconds(5)));
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> call(base + "/slow"));
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<HttpResponse<String>> second = CompletableFuture.supplyAsync(() -> call(base + "/echo/push"));
        awaitQueued(1);
        HttpResponse<String> third = TestHttp.post(base + "/echo/push", "x");
        assertThat(third.statusCode()).isEqualTo(503);
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(second.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    }

    @Test
    void gracefulStopFinishesInFlightThenRefuses() throws Exception {
        String base = start(new ServerLimits(1024, 2, 2, Duration.ofSeconds(30), Duration.ofSeconds(10)));
        CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() -> call(base + "/slow"));
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::close);
        while (!pipeline.draining()) {
            Thread.onSpinWait();
        }
        assertThat(TestHttp.post(base + "/echo/push", "x").statusCode()).isEqualTo(503);
        release.countDown();
        HttpResponse<String> done = inFlight.get(10, TimeUnit.SECONDS);
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).isEqualTo("finished");
        stopping.get(10, TimeUnit.SECONDS);
        assertThatThrownBy(() -> new Socket("127.0.0.1", server.port()).close()).isInstanceOf(ConnectException.class);
    }

    @Test
    void slowClientIsDisconnected() throws Exception {
        // surefire sets -Dsun.net.httpserver.maxReqTime=3 for this module's tests
        start(ServerLimits.DEFAULT);
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write("POST /echo/push HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly-part"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long t0 = System.nanoTime();
            InputStream in = s.getInputStream();
            int read;
            try {
                read = in.read();
            } catch (java.net.SocketException reset) {
                read = -1;
            }
            assertThat(read).isEqualTo(-1);
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(15));
        }
    }

    @Test
    void healthAndMetrics() throws Exception {
        String base = start(ServerLimits.DEFAULT);
        assertThat(TestHttp.get(base + "/health/live").statusCode()).isEqualTo(200);
        assertThat(TestHttp.get(base + "/health/ready").statusCode()).isEqualTo(200);
        health.add(new HealthCheck() {
            @Override
            public String name() {
                return "database";
            }

            @Override
            public Result check() {
                return Result.down("connection refused");
            }
        });
        HttpResponse<String> ready = TestHttp.get(base + "/health/ready");
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body()).contains("\"database\":{\"status\":\"DOWN\",\"detail\":\"connection refused\"}");
        TestHttp.post(base + "/echo/push", "x");
        HttpResponse<String> metrics = TestHttp.get(base + "/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("parkbridge_http_requests_seconds_count{path=\"/echo/push\",status=\"200\",vendor=\"echo\"} 1");
    }

    @Test
    void redactorMasksSecretsAndCardNumbers() {
        LogRedactor r = LogRedactor.of(java.util.List.of(Secret.of("s3cr3tT0ken")));
        assertThat(r.clean("card 6222021234567890 key s3cr3tT0ken id 12345"))
                .isEqualTo("card ****7890 key **** id 12345");
    }

    private void awaitQueued(int n) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (((BoundedExecutor) executorOf(server)).queued() >= n) {
                return;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("request never queued");
    }

    private static Object executorOf(JdkHttpServerRuntime s) {
        try {
            var f = JdkHttpServerRuntime.class.getDeclaredField("executor");
            f.setAccessible(true);
            return f.get(s);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static HttpResponse<String> call(String url) {
        try {
            return TestHttp.post(url, "x");
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    }
}
