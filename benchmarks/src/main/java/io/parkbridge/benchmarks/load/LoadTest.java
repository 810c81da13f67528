package io.parkbridge.benchmarks.load;

import io.parkbridge.benchmarks.Row;
import io.parkbridge.protocol.bluecard.BluecardSigner;
import io.parkbridge.protocol.support.crypto.Secret;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;

/**
 * The inbound server load test: the same Bluecard entry pushes (one record each, a new
 * {@code orderId} every time, so every request is a durable insert) sent from 127.0.0.1 to
 * (a) a bare JDK HttpServer answering 200 and (b) the bundled server storing on the embedded H2
 * database and, when reachable, on PostgreSQL. Every server runs in its own child JVM with
 * {@code -Xmx256m}. Bounded: a warm-up of at least {@code warmupRequests} that goes on, in
 * rounds of {@value #ROUND_MILLIS} ms, until the server's JIT compiler threads used less than
 * {@value #JIT_QUIET_PERCENT}% of one core in a round, or {@code maxWarmupMillis} passed; then at
 * most {@code maxRequests} or {@code maxMillis} per leg.
 *
 * <p>Why warm up that long: a JVM compiles its hot code in its first seconds, and the bundled
 * server has far more of it (JSON, validation, the database driver and engine) than the bare
 * server. On two cores, measured right after a short warm-up, the compiler threads still took
 * about 40% as much CPU as all the request threads together: the figure would have measured the JIT,
 * not the server. Both legs warm up by the same rule, and the run reports the compiler's share
 * of the server's CPU during the measurement.
 */
public final class LoadTest {
    public static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    /** What one leg measured, plus the server's own figures after the run. */
    public record Leg(String name, LoadGenerator.Result result, Map<String, Long> server, long sent) {
        /** The database the leg stored on, as the table names it. */
        String database() {
            return name.contains("H2") ? "H2" : "PostgreSQL";
        }

        /** Pushes answered with success, warm-up included: what the server must have stored. */
        long acknowledged() {
            return result.ok() + server.getOrDefault("warmupRequests", 0L);
        }
    }

    private final int connections;
    /** Length of one warm-up round. */
    static final int ROUND_MILLIS = 2_000;
    /** The compiler's CPU in a round, in percent of one core, below which the server counts as warm. */
    static final int JIT_QUIET_PERCENT = 5;
    private static final long ROUND_REQUESTS = 50_000;
    private static final String OK = "\"success\"";

    private final long warmupRequests;
    private final long maxWarmupMillis;
    private final long maxRequests;
    private final long maxMillis;
    private final String pgUrl;
    private final PrintWriter log;
    private boolean noDelay = true;
    private boolean durableBaselines;

    /** Runs the servers with the JDK server's default (Nagle on) instead. */
    public LoadTest withNagle() {
        noDelay = false;
        return this;
    }

    /**
     * Also runs the bare server with a {@link JdbcPushStore} on each database: storing every push
     * with one committed insert, a baseline that pays for durability as the bundled server does.
     */
    public LoadTest withDurableBaselines() {
        durableBaselines = true;
        return this;
    }

    public LoadTest(int connections, long warmupRequests, long maxWarmupMillis, long maxRequests, long maxMillis,
            String pgUrl, PrintWriter log) {
        this.connections = connections;
        this.warmupRequests = warmupRequests;
        this.maxWarmupMillis = maxWarmupMillis;
        this.maxRequests = maxRequests;
        this.maxMillis = maxMillis;
        this.pgUrl = pgUrl;
        this.log = log;
    }

    /** Runs every leg and returns the table rows. */
    public List<Row> run() throws Exception {
        List<Row> rows = new ArrayList<>();
        Path dir = Files.createTempDirectory("parkbridge-load");
        Leg bare = leg("bare JDK HttpServer", List.of("bare"));
        Leg h2 = leg("bundled server, H2 file", List.of("h2", dir.resolve("h2").toString()));
        rows.addAll(rows(bare, h2));
        if (durableBaselines) {
            rows.addAll(durableRows(h2, leg("bare server + H2 insert", List.of("bare-jdbc",
                    "jdbc:h2:file:" + dir.resolve("bare-h2").resolve("bare") + ";WRITE_DELAY=0", "-"))));
        }
        String schema = newSchemaName();
        String unreachable = postgresProblem();
        if (unreachable == null) {
            try {
                Leg pg = leg("bundled server, PostgreSQL", List.of("pg", pgUrl, schema));
                rows.addAll(rows(bare, pg));
                if (durableBaselines) {
                    String bareSchema = newSchemaName();
                    try {
                        rows.addAll(durableRows(pg, leg("bare server + PostgreSQL insert",
                                List.of("bare-jdbc", pgUrl, bareSchema))));
                    } finally {
                        dropSchema(bareSchema);
                    }
                }
            } finally {
                dropSchema(schema);
            }
        } else {
            rows.add(new Row("inbound, PostgreSQL leg", "skipped", "-", "-", "-", null));
            log.println("PostgreSQL leg skipped: " + unreachable);
        }
        log.flush();
        return rows;
    }

    private List<Row> rows(Leg bare, Leg server) {
        String db = server.database();
        LoadGenerator.Result b = bare.result();
        LoadGenerator.Result s = server.result();
        List<Row> rows = new ArrayList<>();
        double rpsRatio = s.requestsPerSecond() / b.requestsPerSecond();
        rows.add(new Row("inbound req/s, server+" + db + " vs bare", Row.fmt(s.requestsPerSecond(), "req/s"),
                Row.fmt(b.requestsPerSecond(), "req/s"), Row.ratio(rpsRatio), ">= 0.50x", rpsRatio >= 0.5));
        rows.add(new Row("inbound p50, server+" + db, Row.fmt(s.percentileMillis(50), "ms"),
                Row.fmt(b.percentileMillis(50), "ms"), Row.ratio(s.percentileMillis(50) / b.percentileMillis(50)), "-",
                null));
        double p99 = s.percentileMillis(99);
        rows.add(new Row("inbound p99, server+" + db, Row.fmt(p99, "ms"), Row.fmt(b.percentileMillis(99), "ms"),
                Row.ratio(p99 / b.percentileMillis(99)), "< 50 ms", p99 < 50));
        long cpu = server.server().getOrDefault("cpuMicrosPerRequest", -1L);
        long bareCpu = bare.server().getOrDefault("cpuMicrosPerRequest", -1L);
        if (cpu > 0 && bareCpu > 0) {
            // Both legs share two cores with the generator: req/s follows CPU per request.
            rows.add(new Row("server CPU per request (all threads), " + db, cpu + " us (JIT "
                    + server.server().get("runJitPercentOfServer") + "%)", bareCpu + " us (JIT "
                    + bare.server().get("runJitPercentOfServer") + "%)", Row.ratio((double) cpu / bareCpu), "-", null));
        }
        rows.add(new Row("warm-up until JIT < " + JIT_QUIET_PERCENT + "% of a core, " + db, warmup(server),
                "bare: " + warmup(bare), "-", "-", null));
        long stored = server.server().getOrDefault("stored", -1L);
        long okTotal = server.acknowledged();
        rows.add(new Row("inbound errors / stored, server+" + db, s.failed() + " errors, " + stored + " stored",
                okTotal + " acknowledged", "-", "0 errors, stored = acked", s.failed() == 0 && stored == okTotal));
        long max = server.server().getOrDefault("max", 0L);
        long used = server.server().getOrDefault("used", 0L);
        long gcMillis = server.server().getOrDefault("gcMillis", 0L);
        long gcCount = server.server().getOrDefault("gcCount", 0L);
        long uptime = server.server().getOrDefault("elapsedMillis", 1L);
        double gcShare = 100.0 * gcMillis / Math.max(1, uptime);
        rows.add(new Row("server heap after run (-Xmx256m), " + db, mb(used) + " used after GC of " + mb(max),
                "bare: " + mb(bare.server().getOrDefault("used", 0L)), "-", "no OOM", true));
        rows.add(new Row("server GC during run, " + db, gcCount + " GCs, " + gcMillis + " ms ("
                + String.format(Locale.ROOT, "%.1f", gcShare) + "% of run)", "bare: "
                + bare.server().getOrDefault("gcCount", 0L) + " GCs, " + bare.server().getOrDefault("gcMillis", 0L)
                + " ms", "-", "< 10% of run", gcShare < 10));
        return rows;
    }

    private static String newSchemaName() {
        return "pbbench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** The bundled server against the bare server that also commits each push (information, no target). */
    private static List<Row> durableRows(Leg server, Leg durable) {
        String db = server.database();
        LoadGenerator.Result s = server.result();
        LoadGenerator.Result d = durable.result();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("inbound req/s, server+" + db + " vs bare server + 1 insert/commit per push",
                Row.fmt(s.requestsPerSecond(), "req/s"), Row.fmt(d.requestsPerSecond(), "req/s"),
                Row.ratio(s.requestsPerSecond() / d.requestsPerSecond()), "-", null));
        long cpu = server.server().getOrDefault("cpuMicrosPerRequest", -1L);
        long durableCpu = durable.server().getOrDefault("cpuMicrosPerRequest", -1L);
        long stored = durable.server().getOrDefault("stored", -1L);
        long acked = durable.acknowledged();
        rows.add(new Row("server CPU per request, " + db + ", vs bare server + insert", cpu + " us",
                durableCpu + " us (" + d.failed() + " errors, " + stored + " stored of " + acked + " acked)",
                cpu > 0 && durableCpu > 0 ? Row.ratio((double) cpu / durableCpu) : "n/a", "-", null));
        return rows;
    }

    private static String warmup(Leg leg) {
        Map<String, Long> m = leg.server();
        return String.format(Locale.ROOT, "%.1f s, %,d req%s", m.getOrDefault("warmupMillis", 0L) / 1000.0,
                m.getOrDefault("warmupRequests", 0L), m.getOrDefault("warmupQuiet", 0L) == 1 ? "" : ", time limit");
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    private Leg leg(String name, List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx256m");
        // The JDK server leaves Nagle on: it writes headers and body separately, and the second
        // write waits for the client's delayed ACK (~40 ms per request on Linux). Both legs run
        // with it off; docs/performance.md shows the difference.
        cmd.add("-Dsun.net.httpserver.nodelay=" + noDelay);
        // Compiler threads that come and go would take their CPU time with them (see the warm-up).
        cmd.add("-XX:-UseDynamicNumberOfCompilerThreads");
        // Extra options for the server JVMs, e.g. a profiler: PARKBRIDGE_BENCH_SERVER_OPTS="-XX:+..."
        String extra = System.getenv("PARKBRIDGE_BENCH_SERVER_OPTS");
        if (extra != null && !extra.isBlank()) {
            cmd.addAll(List.of(extra.trim().split("\\s+")));
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(LoadTestServer.class.getName());
        cmd.addAll(args);
        File err = File.createTempFile("parkbridge-load-server", ".log");
        Process p = new ProcessBuilder(cmd).redirectError(err).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            PrintWriter in = new PrintWriter(new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8), true);
            String first = CompletableFuture.supplyAsync(() -> lineStarting(out, "PORT ")).get(90, TimeUnit.SECONDS);
            if (first == null || !first.startsWith("PORT ")) {
                throw new IllegalStateException(name + ": server did not start (see " + err + "): " + first);
            }
            int port = Integer.parseInt(first.substring(5).trim());
            long started = System.nanoTime();
            LoadGenerator gen = new LoadGenerator(port, connections);
            String run = Long.toString(System.nanoTime(), 36);
            LongFunction<byte[]> request = seq -> carIn(run, seq);
            Warmup warm = warmUp(gen, request, in, out);
            Cpu serverCpu0 = cpu(in, out);
            long generatorCpu0 = LoadTestServer.processCpuNanos();
            LoadGenerator.Result result = gen.run(1_000_000_000L, maxRequests, maxMillis, request, OK);
            long generatorCpu = LoadTestServer.processCpuNanos() - generatorCpu0;
            Cpu serverCpu1 = cpu(in, out);
            long serverCpu = serverCpu1.process() - serverCpu0.process();
            long compilerCpu = serverCpu1.compiler() - serverCpu0.compiler();
            long elapsed = (System.nanoTime() - started) / 1_000_000;
            in.println("STATS");
            String stats = CompletableFuture.supplyAsync(() -> lineStarting(out, "STATS")).get(120, TimeUnit.SECONDS);
            Map<String, Long> server = parseStats(stats);
            server.put("elapsedMillis", elapsed);
            long requests = Math.max(1, result.ok() + result.failed());
            server.put("cpuMicrosPerRequest", serverCpu / 1000 / requests);
            server.put("generatorCpuMicrosPerRequest", generatorCpu / 1000 / requests);
            server.put("warmupMillis", warm.millis());
            server.put("warmupRequests", warm.ok());
            server.put("warmupJitPercent", Math.round(warm.jitPercent()));
            server.put("warmupQuiet", warm.quiet() ? 1L : 0L);
            server.put("runJitPercentOfServer", serverCpu <= 0 || compilerCpu < 0 ? -1 : 100 * compilerCpu / serverCpu);
            in.println("STOP");
            p.waitFor(30, TimeUnit.SECONDS);
            log.printf(Locale.ROOT, "%-28s %,8d ok %,5d failed in %5.1f s: %,9.0f req/s p50 %6.2f ms p99 %6.2f ms;"
                    + " CPU per request: server %,d us (JIT %d%%), generator %,d us; warm-up %s; server %s%n", name,
                    result.ok(), result.failed(), result.seconds(), result.requestsPerSecond(),
                    result.percentileMillis(50), result.percentileMillis(99), server.get("cpuMicrosPerRequest"),
                    server.get("runJitPercentOfServer"), server.get("generatorCpuMicrosPerRequest"), warm, stats);
            log.flush();
            return new Leg(name, result, server, result.ok() + result.failed());
        } finally {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** How a leg warmed up: OK replies, time taken, the compiler's share of a core in the last round. */
    record Warmup(long ok, long millis, int rounds, double jitPercent, boolean quiet) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d requests in %.1f s (%d rounds), JIT %.1f%% of a core%s", ok,
                    millis / 1000.0, rounds, jitPercent, quiet ? "" : " (stopped by the time limit)");
        }
    }

    /**
     * Sends rounds of requests until at least {@link #warmupRequests} were answered and the
     * server's compiler threads used less than {@link #JIT_QUIET_PERCENT}% of one core in the
     * last round, or {@link #maxWarmupMillis} passed.
     */
    private Warmup warmUp(LoadGenerator gen, LongFunction<byte[]> request, PrintWriter in, BufferedReader out)
            throws Exception {
        long start = System.nanoTime();
        long deadline = start + maxWarmupMillis * 1_000_000L;
        long ok = 0;
        int rounds = 0;
        double jitPercent;
        boolean quiet;
        Cpu before = cpu(in, out);
        do {
            long roundStart = System.nanoTime();
            rounds++;
            ok += gen.run(rounds * 10_000_000L, ROUND_REQUESTS, ROUND_MILLIS, request, OK).ok();
            Cpu after = cpu(in, out);
            jitPercent = before.compiler() < 0 ? 0
                    : 100.0 * (after.compiler() - before.compiler()) / (System.nanoTime() - roundStart);
            before = after;
            quiet = ok >= warmupRequests && jitPercent < JIT_QUIET_PERCENT;
        } while (!quiet && System.nanoTime() < deadline);
        return new Warmup(ok, (System.nanoTime() - start) / 1_000_000, rounds, jitPercent, quiet);
    }

    /** A server's CPU so far: the whole process, and its JIT compiler threads (-1 if unknown). */
    private record Cpu(long process, long compiler) {
    }

    private static Cpu cpu(PrintWriter in, BufferedReader out) throws Exception {
        in.println("CPU");
        String line = CompletableFuture.supplyAsync(() -> lineStarting(out, "CPU ")).get(30, TimeUnit.SECONDS);
        if (line == null) {
            throw new IllegalStateException("server did not answer CPU");
        }
        String[] f = line.substring(4).trim().split(" ");
        return new Cpu(Long.parseLong(f[0]), Long.parseLong(f[1]));
    }

    /**
     * The next line starting with {@code prefix}, skipping anything else the server JVM prints
     * (a profiler's banner before the port line; options passed with PARKBRIDGE_BENCH_SERVER_OPTS
     * may log to standard output at any time).
     */
    private static String lineStarting(BufferedReader r, String prefix) {
        String line;
        do {
            line = readLine(r);
        } while (line != null && !line.startsWith(prefix));
        return line;
    }

    private static String readLine(BufferedReader r) {
        try {
            return r.readLine();
        } catch (IOException e) {
            return null;
        }
    }

    private static Map<String, Long> parseStats(String line) {
        Map<String, Long> m = new HashMap<>();
        if (line == null || !line.startsWith("STATS")) {
            return m;
        }
        for (String part : line.substring(5).trim().split(" ")) {
            int eq = part.indexOf('=');
            m.put(part.substring(0, eq), Long.parseLong(part.substring(eq + 1)));
        }
        return m;
    }

    private static final String SIGN = BluecardSigner.sign(Secret.of(LoadTestServer.KEY), LoadTestServer.PARK);

    /** A 4.2 entry push with one record; every sequence number is a new order. */
    static byte[] carIn(String run, long seq) {
        String body = "{\"parkNumber\":\"" + LoadTestServer.PARK + "\",\"size\":1,\"datas\":[{\"plate\":\"粤B"
                + String.format(Locale.ROOT, "%05d", seq % 100_000) + "\",\"plateColor\":\"蓝色\",\"inTime\":"
                + "\"2026-03-02 09:15:00\",\"inChannel\":\"east-in\",\"orderId\":\"" + run + "-" + seq + "\"}]}";
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST /bluecard/carIn HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json; charset=UTF-8"
                + "\r\nsign: " + SIGN + "\r\nContent-Length: " + b.length + "\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[h.length + b.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(b, 0, all, h.length, b.length);
        return all;
    }

    private String postgresProblem() {
        DriverManager.setLoginTimeout(3);
        try (Connection c = DriverManager.getConnection(pgUrl)) {
            return c.isValid(2) ? null : "connection not valid";
        } catch (SQLException e) {
            return "no PostgreSQL at " + pgUrl.replaceAll("(?i)password=[^&]*", "password=****") + " ("
                    + e.getSQLState() + ")";
        }
    }

    private void dropSchema(String schema) {
        try (Connection c = DriverManager.getConnection(pgUrl); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            log.println("could not drop schema " + schema + ": " + e.getSQLState());
        }
    }
}
