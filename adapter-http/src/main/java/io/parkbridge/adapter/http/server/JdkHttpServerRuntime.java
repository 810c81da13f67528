package io.parkbridge.adapter.http.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.parkbridge.protocol.support.inbound.InboundRequest;
import io.parkbridge.protocol.support.inbound.InboundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link RequestPipeline} on the JDK's built-in {@code com.sun.net.httpserver} with the
 * {@link ServerLimits}: bounded workers and queue (503 beyond), body limit (413), and a
 * per-request time limit against slow clients.
 *
 * <p>The time limit uses the JDK server's {@code sun.net.httpserver.maxReqTime} /
 * {@code maxRspTime} properties. The JDK reads them once per process, when its first server
 * starts; this class sets them from the limits unless they are set already (an explicit
 * {@code -D} wins).
 *
 * <p>It also turns on {@code TCP_NODELAY} ({@code sun.net.httpserver.nodelay=true}, read once
 * when the JDK's first server is created, so set in this class's initializer unless the user set
 * it): with Nagle's algorithm on, each small reply waits for the client's delayed ACK, about
 * 40 ms per request.
 */
public final class JdkHttpServerRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JdkHttpServerRuntime.class);

    static {
        setIfAbsent("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final BoundedExecutor executor;
    private final RequestPipeline pipeline;
    private final ServerLimits limits;
    /** Exchanges between being taken by a worker and their reply written (the pipeline counts less). */
    private final AtomicInteger exchanges = new AtomicInteger();
    private volatile boolean closed;

    private JdkHttpServerRuntime(HttpServer server, BoundedExecutor executor, RequestPipeline pipeline,
            ServerLimits limits) {
        this.server = server;
        this.executor = executor;
        this.pipeline = pipeline;
        this.limits = limits;
    }

    /** Binds {@code host:port} (port 0: any free port) and starts serving. */
    public static JdkHttpServerRuntime start(String host, int port, RequestPipeline pipeline, ServerLimits limits)
            throws IOException {
        configureJdkTimeouts(limits.requestTimeout());
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 128);
        BoundedExecutor executor = new BoundedExecutor(limits.workerThreads(), limits.queueCapacity());
        JdkHttpServerRuntime runtime = new JdkHttpServerRuntime(server, executor, pipeline, limits);
        server.createContext("/", runtime::serve);
        server.setExecutor(executor);
        server.start();
        return runtime;
    }

    private static synchronized void configureJdkTimeouts(Duration requestTimeout) {
        String seconds = Long.toString(Math.max(1, requestTimeout.toSeconds()));
        setIfAbsent("sun.net.httpserver.maxReqTime", seconds);
        setIfAbsent("sun.net.httpserver.maxRspTime", seconds);
        String effective = System.getProperty("sun.net.httpserver.maxReqTime");
        if (!effective.equals(seconds)) {
            LOG.warn("request timeout is {} s (set by -Dsun.net.httpserver.maxReqTime), not the configured {} s",
                    effective, seconds);
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    private void serve(HttpExchange exchange) throws IOException {
        exchanges.incrementAndGet();
        try (exchange) {
            URI uri = exchange.getRequestURI();
            Map<String, List<String>> headers = exchange.getRequestHeaders();
            String remote = exchange.getRemoteAddress().getAddress().getHostAddress();
            if (BoundedExecutor.isOverflowThread()) {
                send(exchange, RequestPipeline.saturated());
                return;
            }
            long declared = declaredLength(exchange.getRequestHeaders().getFirst("Content-Length"));
            if (declared > pipeline.maxBodyBytes()) {
                send(exchange, pipeline.tooLarge(headersOnly(exchange, uri, headers, remote)));
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes((int) pipeline.maxBodyBytes() + 1);
            }
            if (body.length > pipeline.maxBodyBytes()) {
                send(exchange, pipeline.tooLarge(headersOnly(exchange, uri, headers, remote)));
                return;
            }
            InboundRequest request = new InboundRequest(exchange.getRequestMethod(), uri.getRawPath(),
                    uri.getRawQuery(), headers, body, remote);
            send(exchange, pipeline.handle(request));
        } finally {
            exchanges.decrementAndGet();
        }
    }

    /** The request without its body, for a refusal; built only then (it copies every header). */
    private static InboundRequest headersOnly(HttpExchange exchange, URI uri, Map<String, List<String>> headers,
            String remote) {
        return new InboundRequest(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(), headers, null,
                remote);
    }

    private static long declaredLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void send(HttpExchange exchange, InboundResponse response) throws IOException {
        response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        byte[] body = response.body();
        boolean head = "HEAD".equalsIgnoreCase(exchange.getRequestMethod());
        exchange.sendResponseHeaders(response.status(), body.length == 0 || head ? -1 : body.length);
        if (body.length > 0 && !head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /**
     * Graceful stop: new requests get 503 at once, in-flight requests get up to the shutdown
     * grace to finish, then the listener closes and the workers stop. Idempotent.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        pipeline.startDraining();
        long deadline = System.nanoTime() + limits.shutdownGrace().toNanos();
        while ((exchanges.get() > 0 || executor.queued() > 0) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10); // polling a counter while stopping; no timing assumption in tests
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        server.stop(0);
        executor.shutdown(1000);
        LOG.info("HTTP listener on port {} stopped", server.getAddress().getPort());
    }
}
