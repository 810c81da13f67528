package io.parkbridge.protocol.support.sim;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.parkbridge.protocol.support.inbound.InboundHandler;
import io.parkbridge.protocol.support.inbound.InboundRequest;
import io.parkbridge.protocol.support.inbound.InboundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The HTTP server every vendor simulator runs on: loopback only, a random port by default, one
 * {@link InboundHandler} for every path, and {@link Faults} applied before the handler.
 */
public final class SimulatorServer implements AutoCloseable {
    private static final int MAX_BODY = 4 * 1024 * 1024;

    static {
        // The JDK server leaves Nagle's algorithm on by default, which with delayed ACKs costs
        // ~40 ms per small reply. Read once, when the first server starts; a user's explicit
        // setting wins.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Faults faults = new Faults();
    private final AtomicLong requests = new AtomicLong();

    private SimulatorServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts a server on {@code host}:{@code port} (port 0: any free port).
     *
     * @throws IllegalArgumentException if {@code host} is not a loopback address: simulators
     *     never listen beyond this machine
     */
    public static SimulatorServer start(String host, int port, InboundHandler handler) throws IOException {
        InetAddress address = InetAddress.getByName(host);
        if (!address.isLoopbackAddress()) {
            throw new IllegalArgumentException("host: expected a loopback address (127.0.0.0/8 or ::1), got " + host);
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 64);
        ExecutorService executor = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "simulator-http");
            t.setDaemon(true);
            return t;
        });
        SimulatorServer sim = new SimulatorServer(server, executor);
        server.createContext("/", exchange -> sim.serve(exchange, handler));
        server.setExecutor(executor);
        server.start();
        return sim;
    }

    /** Starts on 127.0.0.1 and a free port. */
    public static SimulatorServer start(InboundHandler handler) throws IOException {
        return start("127.0.0.1", 0, handler);
    }

    /** The faults to inject; change them while the server runs. */
    public Faults faults() {
        return faults;
    }

    /** The port listened on (the one chosen when started with port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** e.g. {@code http://127.0.0.1:40123} (no trailing slash). */
    public String baseUrl() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort();
    }

    /** How many requests arrived so far, faulted ones included. */
    public long requestCount() {
        return requests.get();
    }

    private void serve(HttpExchange exchange, InboundHandler handler) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            byte[] body = readBody(exchange.getRequestBody());
            long latency = faults.latency().toMillis();
            if (latency > 0) {
                Thread.sleep(latency);
            }
            if (faults.takeDrop()) {
                return; // closing without headers: the client sees the connection end
            }
            int status = faults.takeErrorStatus();
            if (status > 0) {
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            if (faults.takeMalformed()) {
                send(exchange, InboundResponse.text(200, "<html>not json"));
                return;
            }
            URI uri = exchange.getRequestURI();
            Map<String, List<String>> headers = exchange.getRequestHeaders();
            InboundRequest request = new InboundRequest(exchange.getRequestMethod(), uri.getRawPath(),
                    uri.getRawQuery(), headers, body, exchange.getRemoteAddress().getAddress().getHostAddress());
            send(exchange, handler.handle(request));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // A simulator bug must still answer: 500 with the class name only.
            byte[] msg = ("simulator error: " + e.getClass().getSimpleName()).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(500, msg.length);
            exchange.getResponseBody().write(msg);
        }
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            throw new IOException("request body over " + MAX_BODY + " bytes");
        }
        return bytes;
    }

    private static void send(HttpExchange exchange, InboundResponse response) throws IOException {
        response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
