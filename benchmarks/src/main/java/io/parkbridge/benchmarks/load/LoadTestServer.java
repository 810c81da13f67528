package io.parkbridge.benchmarks.load;

import io.parkbridge.adapter.http.ParkBridgeServer;
import io.parkbridge.adapter.http.config.ConfigLoader;
import io.parkbridge.adapter.http.config.ParkBridgeConfig;
import io.parkbridge.adapter.http.server.ServerLimits;
import io.parkbridge.adapter.http.store.jdbc.JdbcInbox;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The server side of the load test, run as a child JVM (with {@code -Xmx256m}) so its heap and
 * GC are its own. Modes: {@code bare} (a JDK HttpServer that reads the body and answers 200 with
 * Bluecard's success reply; the baseline), {@code bare-jdbc <jdbcUrl> <schema or ->} (the same
 * server storing each push with one committed insert first: {@link JdbcPushStore}), {@code h2 <dataDir>} and {@code pg <jdbcUrl> <schema>}
 * (the bundled {@link ParkBridgeServer}, as {@code serve} starts it, with the Bluecard vendor
 * configured: routing, metrics, access log, the Bluecard inbound handler, and the JDBC inbox
 * committing every record before the reply).
 *
 * <p>Protocol on stdio: prints {@code PORT <n>} when listening; on a {@code STATS} line prints
 * {@code STATS used=<bytes after GC> committed=.. max=.. gcCount=.. gcMillis=.. stored=..}; on a
 * {@code CPU} line prints {@code CPU <process CPU ns> <JIT compiler threads' CPU ns>} (both so far);
 * on {@code STOP} closes and exits.
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
        StoredCount stored = () -> -1;
        int port;
        if (mode.equals("bare-jdbc")) {
            JdbcPushStore store = new JdbcPushStore(args[1], args[2].equals("-") ? null : args[2]);
            BareServer bare = new BareServer(store, ServerLimits.DEFAULT.workerThreads());
            port = bare.port();
            stored = store::count;
            server = () -> {
                bare.close();
                store.close();
            };
        } else if (mode.equals("bare")) {
            BareServer bare = new BareServer(null, ServerLimits.DEFAULT.workerThreads());
            port = bare.port();
            server = bare;
        } else {
            // The bundled server exactly as `serve` runs it, configured like a deployment would.
            ParkBridgeConfig config = ConfigLoader.defaults();
            config.server.host = "127.0.0.1";
            config.server.port = 0;
            if (mode.equals("h2")) {
                config.database.dataDir = args[1];
            } else {
                config.database.url = args[1];
                config.database.schema = args[2];
            }
            ParkBridgeConfig.Vendor bluecard = new ParkBridgeConfig.Vendor();
            bluecard.keys.put(PARK, KEY);
            config.vendors.put("bluecard", bluecard);
            ParkBridgeServer bundled = ParkBridgeServer.builder(config).discoverEventHandlers(false).build();
            port = bundled.start();
            JdbcInbox inbox = bundled.inbox();
            stored = inbox::count;
            server = bundled::close;
        }
        System.out.println("PORT " + port);
        System.out.flush();
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = stdin.readLine()) != null; ) {
            if (line.equals("CPU")) {
                System.out.println("CPU " + processCpuNanos() + " " + compilerCpuNanos());
                System.out.flush();
            } else if (line.equals("STATS")) {
                System.out.println(stats(stored));
                System.out.flush();
            } else if (line.equals("STOP")) {
                break;
            }
        }
        server.close();
        System.exit(0);
    }

    /**
     * CPU time of the JIT compiler threads so far: from Linux's per-thread figures (the JVM's
     * management beans do not list those threads); elsewhere the JVM's own estimate of the time
     * spent compiling, which also counts waiting.
     */
    static long compilerCpuNanos() {
        Path proc = Path.of("/proc/self/task");
        if (!Files.isDirectory(proc)) {
            CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
            return jit != null && jit.isCompilationTimeMonitoringSupported()
                    ? jit.getTotalCompilationTime() * 1_000_000L : -1;
        }
        // LoadTest starts the server with a fixed set of compiler threads, so this sum only grows
        long ticks = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(proc)) {
            for (Path task : tasks) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException gone) {
                    continue; // a thread that ended while we looked
                }
                int open = stat.indexOf('(');
                int close = stat.lastIndexOf(')');
                String name = stat.substring(open + 1, close);
                if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                    // fields after the name: state is the 1st, utime the 12th, stime the 13th
                    String[] f = stat.substring(close + 2).split(" ");
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return ticks * 10_000_000L; // USER_HZ: 100 ticks per second on Linux
    }

    /** CPU time of this whole JVM (all threads, GC and JIT included), or -1 where not available. */
    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /** How many pushes the server stored, -1 for the bare server, which stores nothing. */
    private interface StoredCount {
        long get() throws Exception;
    }

    private static String stats(StoredCount stored) throws Exception {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        // GC figures above are the JVM's so far (start-up and warm-up included); the heap below is
        // what survives a full collection.
        System.gc();
        System.gc();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return "STATS used=" + heap.getUsed() + " committed=" + heap.getCommitted() + " max=" + heap.getMax()
                + " gcCount=" + count + " gcMillis=" + millis + " stored=" + stored.get();
    }
}
