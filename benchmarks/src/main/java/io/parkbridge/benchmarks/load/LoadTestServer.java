package io.parkbridge.benchmarks.load;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.parkbridge.adapter.http.server.JdkHttpServerRuntime;
import io.parkbridge.adapter.http.server.LogRedactor;
import io.parkbridge.adapter.http.server.RequestPipeline;
import io.parkbridge.adapter.http.server.RouteTable;
import io.parkbridge.adapter.http.server.ServerLimits;
import io.parkbridge.adapter.http.store.jdbc.Database;
import io.parkbridge.adapter.http.store.jdbc.DatabaseSettings;
import io.parkbridge.adapter.http.store.jdbc.JdbcInbox;
import io.parkbridge.protocol.bluecard.inbound.BluecardInboundHandler;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.inbound.Route;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The server side of the load test, run as a child JVM (with {@code -Xmx256m}) so its heap and
 * GC are its own. Modes: {@code bare} (a JDK HttpServer that reads the body and answers 200 with
 * Bluecard's success reply; the baseline), {@code h2 <dataDir>} and {@code pg <jdbcUrl> <schema>}
 * (the bundled server: route table, request pipeline with metrics and access log, the Bluecard
 * inbound handler, and the JDBC inbox committing every record before the reply).
 *
 * <p>Protocol on stdio: prints {@code PORT <n>} when listening; on a {@code STATS} line prints
 * {@code STATS used=<bytes after GC> committed=.. max=.. gcCount=.. gcMillis=.. stored=..}; on
 * {@code STOP} closes and exits.
 */
public final class LoadTestServer {
    /** The park and key the load generator signs with. */
    public static final String PARK = "p-load-1";
    public static final String KEY = "bench-bluecard-key-7f3a";
    /** Bluecard's success reply, byte for byte what the handler answers (timestamp aside). */
    static final byte[] BARE_REPLY = "{\"status\":\"success\",\"data\":{\"timeStamp\":\"2026-03-02 09:15:00\"}}"
            .getBytes(StandardCharsets.UTF_8);

    private LoadTestServer() {
    }

    public static void main(String[] args) throws Exception {
        // Per-request access lines at INFO would measure the console, not the server.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        String mode = args[0];
        AutoCloseable server;
        JdbcInbox inbox = null;
        Database db = null;
        int port;
        if (mode.equals("bare")) {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 128);
            ExecutorService pool = Executors.newFixedThreadPool(ServerLimits.DEFAULT.workerThreads());
            http.createContext("/", exchange -> {
                try (exchange; InputStream in = exchange.getRequestBody()) {
                    in.readAllBytes();
                    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
                    exchange.sendResponseHeaders(200, BARE_REPLY.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(BARE_REPLY);
                    }
                }
            });
            http.setExecutor(pool);
            http.start();
            port = http.getAddress().getPort();
            server = () -> {
                http.stop(0);
                pool.shutdownNow();
            };
        } else {
            DatabaseSettings settings = mode.equals("h2") ? DatabaseSettings.embedded(Path.of(args[1]))
                    : new DatabaseSettings(args[1], null, null, args[2], 10);
            db = Database.open(settings);
            inbox = new JdbcInbox(db, Clock.systemUTC(), List.of());
            Secret key = Secret.of(KEY);
            BluecardInboundHandler handler = BluecardInboundHandler.builder().park(PARK, key).inbox(inbox).build();
            RouteTable routes = new RouteTable();
            for (Route r : handler.routes()) {
                routes.mount(r, null, null);
            }
            RequestPipeline pipeline = new RequestPipeline(routes, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                    LogRedactor.of(List.of(key)), ServerLimits.DEFAULT.maxBodyBytes());
            JdkHttpServerRuntime runtime = JdkHttpServerRuntime.start("127.0.0.1", 0, pipeline, ServerLimits.DEFAULT);
            port = runtime.port();
            Database opened = db;
            server = () -> {
                runtime.close();
                opened.close();
            };
        }
        System.out.println("PORT " + port);
        System.out.flush();
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = stdin.readLine()) != null; ) {
            if (line.equals("STATS")) {
                System.out.println(stats(inbox));
                System.out.flush();
            } else if (line.equals("STOP")) {
                break;
            }
        }
        server.close();
        System.exit(0);
    }

    private static String stats(JdbcInbox inbox) {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        // GC figures above are the run's own; the heap below is what survives a full collection.
        System.gc();
        System.gc();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long stored = inbox == null ? -1 : inbox.count();
        return "STATS used=" + heap.getUsed() + " committed=" + heap.getCommitted() + " max=" + heap.getMax()
                + " gcCount=" + count + " gcMillis=" + millis + " stored=" + stored;
    }
}
