package io.parkbridge.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parkbridge.adapter.http.store.jdbc.Database;
import io.parkbridge.adapter.http.store.jdbc.DatabaseSettings;
import io.parkbridge.adapter.http.store.jdbc.JdbcDeliveryQueue;
import io.parkbridge.protocol.washer.sim.CallbackBodies;
import io.parkbridge.protocol.washer.sim.CallbackDelivery;
import io.parkbridge.protocol.washer.sim.MerchantLink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: a child JVM runs the server; four washer-platform simulators stream FINISH_WASH
 * callbacks at its callback route with the platform's retry rule (repeat until HTTP 200, a few
 * attempts with growing delay; a callback the platform gave up on is sent again later); the child
 * is SIGKILLed mid-stream and started again on the same data directory. Afterwards every record
 * is stored exactly once and every handler effect happened exactly once.
 */
class RestartTest {
    private static final int RECORDS = 240;

    @TempDir
    Path dir;

    @Test
    void killedMidStreamLosesNothingAndDuplicatesNothing() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path effects = Files.createDirectories(dir.resolve("effects"));
        AtomicReference<String> base = new AtomicReference<>();
        Process child = startChild(data, effects, base);
        AtomicInteger acked = new AtomicInteger();
        AtomicInteger retries = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pushers = Executors.newFixedThreadPool(4);
        Process restarted = null;
        AssertionError undelivered = null;
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pushers.submit(() -> {
                    CallbackBodies bodies = new CallbackBodies(Clock.systemUTC());
                    Map<String, MerchantLink> platforms = new HashMap<>(); // one per server address
                    for (int i = next.getAndIncrement(); i < RECORDS; i = next.getAndIncrement()) {
                        deliverUntilAcknowledged(bodies.finishWash(7000 + i, "wash-" + i), base, platforms, retries);
                        acked.incrementAndGet();
                    }
                    return null;
                }));
            }
            Await.until("a third acknowledged", () -> acked.get() >= RECORDS / 3);
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close
            child.waitFor(10, TimeUnit.SECONDS);
            restarted = startChild(data, effects, base);
            for (Future<?> f : runs) {
                f.get(60, TimeUnit.SECONDS);
            }
            assertThat(acked).hasValue(RECORDS);
            assertThat(retries.get()).as("some pushes failed during the kill and were retried").isPositive();
            try {
                Await.until("every effect", () -> count(effects) == RECORDS);
                // An effect that ran just before the kill was never marked done: it is delivered again
                // once its 2 s lease ends. Wait for the backlog to drain before stopping the server.
                String metrics = base.get() + "/metrics";
                Await.until("no delivery backlog", () -> backlog(metrics) == 0);
            } catch (AssertionError e) {
                undelivered = e; // reported below, with the deliveries' state, once the server is stopped
            }
        } finally {
            pushers.shutdownNow();
            child.destroyForcibly();
            if (restarted != null) {
                restarted.destroy(); // SIGTERM: graceful close via the shutdown hook
                restarted.waitFor(20, TimeUnit.SECONDS);
            }
        }
        try (Database db = Database.open(DatabaseSettings.embedded(data));
                Connection c = db.connection(); Statement s = c.createStatement()) {
            if (undelivered != null) {
                throw new AssertionError(undelivered.getMessage() + ": " + count(effects) + " of " + RECORDS
                        + " effects; deliveries not done or without an effect: " + notDone(s, effects)
                        + "; server warnings: " + warnings(dir), undelivered);
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT message_key) FROM pb_inbox")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(RECORDS);
                assertThat(rs.getLong(2)).isEqualTo(RECORDS);
            }
            assertThat(new JdbcDeliveryQueue(db).count("DONE")).isEqualTo(RECORDS);
        }
        assertThat(count(effects)).isEqualTo(RECORDS);
    }

    /**
     * Each delivery not done or whose effect file is missing: key, status, attempts, due, lease,
     * owner, last error.
     */
    private static String notDone(Statement s, Path effects) throws java.sql.SQLException {
        StringBuilder out = new StringBuilder();
        try (ResultSet rs = s.executeQuery("SELECT i.message_key, d.status, d.attempts, d.next_attempt_at,"
                + " d.lease_until, d.claimed_by, d.last_error FROM pb_inbox i LEFT JOIN pb_delivery d"
                + " ON d.inbox_id = i.id ORDER BY i.id")) {
            while (rs.next()) {
                if (!"DONE".equals(rs.getString(2)) || !Files.exists(effects.resolve(rs.getString(1).replace(':', '_')))) {
                    out.append('[');
                    for (int col = 1; col <= 7; col++) {
                        out.append(col == 1 ? "" : ", ").append(rs.getString(col));
                    }
                    out.append(']');
                }
            }
        }
        return out.toString();
    }

    /** WARN and ERROR lines, and exceptions, from the child servers' output. */
    private static String warnings(Path dir) {
        StringBuilder out = new StringBuilder();
        for (String name : List.of("child.out", "child.log")) {
            Path log = dir.resolve(name);
            try {
                if (Files.exists(log)) {
                    for (String line : Files.readAllLines(log)) {
                        if (line.contains("WARN") || line.contains("ERROR") || line.contains("Exception")) {
                            out.append(name).append(": ").append(line).append('\n');
                        }
                    }
                }
            } catch (java.io.IOException e) {
                out.append("(could not read ").append(name).append(": ").append(e).append(')');
            }
        }
        return out.toString();
    }

    /** The {@code parkbridge_delivery_backlog} gauge from the server's Prometheus text, -1 if unreadable. */
    private static long backlog(String metricsUrl) {
        try {
            java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(metricsUrl)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return r.body().lines().filter(l -> l.startsWith("parkbridge_delivery_backlog"))
                    .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                    .findFirst().orElse(-1);
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void deliverUntilAcknowledged(ObjectNode callback, AtomicReference<String> base,
            Map<String, MerchantLink> platforms, AtomicInteger retries) {
        for (int round = 0; round < 500; round++) {
            MerchantLink platform = platforms.computeIfAbsent(base.get(), url -> MerchantLink.builder()
                    .callbackUrl(url + "/washer/callback").activeRequestUrl(url + "/washer/active-request")
                    .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5))
                    .callbackRetries(3, Duration.ofMillis(50)).build());
            CallbackDelivery d = platform.sendCallback(callback);
            retries.addAndGet(d.attempts() - 1);
            if (d.delivered()) {
                return;
            }
            retries.incrementAndGet();
        }
        throw new AssertionError("never acknowledged: " + callback);
    }

    private Process startChild(Path data, Path effects, AtomicReference<String> base) throws Exception {
        Path portFile = dir.resolve("port-" + System.nanoTime());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx192m", "-XX:TieredStopAtLevel=1",
                "-Dorg.slf4j.simpleLogger.logFile=" + dir.resolve("child.log"),
                "-cp", System.getProperty("java.class.path"), ChildServerMain.class.getName(),
                data.toString(), effects.toString(), portFile.toString());
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("child.out").toFile()));
        Process p = pb.start();
        Await.until("child server port", () -> Files.exists(portFile) || !p.isAlive());
        if (!p.isAlive()) {
            throw new AssertionError("child died: " + Files.readString(dir.resolve("child.out")));
        }
        base.set("http://127.0.0.1:" + Files.readString(portFile).trim());
        return p;
    }

    private static long count(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
