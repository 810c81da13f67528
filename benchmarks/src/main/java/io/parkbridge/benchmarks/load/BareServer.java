package io.parkbridge.benchmarks.load;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The load test's baselines: a JDK HttpServer on 127.0.0.1 that reads each request body and
 * answers HTTP 200 with Bluecard's success reply ({@link LoadTestServer#BARE_REPLY}); with a
 * {@link Store}, it first stores the body and answers HTTP 500 (no body) when that fails.
 */
final class BareServer implements AutoCloseable {

    /** Where a baseline stores each push before it answers. */
    interface Store {
        /** True if the body is stored (now or before: a repeat is not an error). */
        boolean store(byte[] body);
    }

    private final HttpServer http;
    private final ExecutorService pool;

    /**
     * @param store null for the plain baseline, which stores nothing
     * @param threads worker threads, as many as the bundled server has
     */
    BareServer(Store store, int threads) throws IOException {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 128);
        pool = Executors.newFixedThreadPool(threads);
        http.createContext("/", exchange -> {
            try (exchange; InputStream in = exchange.getRequestBody()) {
                byte[] body = in.readAllBytes();
                if (store != null && !store.store(body)) {
                    exchange.sendResponseHeaders(500, -1);
                    return;
                }
                exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
                exchange.sendResponseHeaders(200, LoadTestServer.BARE_REPLY.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(LoadTestServer.BARE_REPLY);
                }
            }
        });
        http.setExecutor(pool);
        http.start();
    }

    /** The port it listens on. */
    int port() {
        return http.getAddress().getPort();
    }

    @Override
    public void close() {
        http.stop(0);
        pool.shutdownNow();
    }
}
