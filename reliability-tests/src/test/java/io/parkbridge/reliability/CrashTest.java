package io.parkbridge.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.parkbridge.adapter.http.store.jdbc.Database;
import io.parkbridge.adapter.http.store.jdbc.DatabaseSettings;
import io.parkbridge.core.event.EventKey;
import io.parkbridge.protocol.bluecard.BluecardSigner;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL mid-stream: a Bluecard-like sender pushes entry records (1-3 per push) to the bundled
 * server running as a child JVM, retrying as Bluecard does (3 quick retries, then at a fixed
 * interval: 5 minutes in production, 250 ms here) until it gets {@code success}. The server is
 * killed with SIGKILL while pushes are in flight and restarted on the same database. At the end
 * every record must be stored exactly once and every record's effect (the delivery sink) must
 * have happened; repeated sink calls (at-least-once delivery across a kill) are counted.
 */
class CrashTest {
    @TempDir
    Path dir;

    @Test
    void killOnceDuring200Pushes() throws Exception {
        run(200, 1, "crash: SIGKILL x1 during 200 pushes");
    }

    @Test
    @Tag("reliability-full")
    void killThreeTimesDuring10000Pushes() throws Exception {
        run(10_000, 3, "crash: SIGKILL x3 during 10,000 pushes");
    }

    private final AtomicInteger port = new AtomicInteger();
    private volatile Process server;

    private void run(int pushes, int kills, String label) throws Exception {
        Path data = dir.resolve("data");
        Path effects = dir.resolve("effects.log");
        Files.createDirectories(data);
        start(data, effects);
        String sign = BluecardSigner.sign(Known.BLUECARD_KEY, Known.BLUECARD_PARK);
        AtomicLong acked = new AtomicLong();
        AtomicLong retries = new AtomicLong();
        AtomicInteger next = new AtomicInteger();
        Set<String> expected = java.util.concurrent.ConcurrentHashMap.newKeySet();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(pushes > 1000 ? 8 : 2);
        List<Thread> senders = new ArrayList<>();
        List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 4; t++) {
            Thread th = new Thread(() -> {
                for (int i; (i = next.getAndIncrement()) < pushes; ) {
                    int records = 1 + i % 3;
                    StringBuilder datas = new StringBuilder();
                    for (int k = 0; k < records; k++) {
                        String order = "crash-" + i + "-" + k;
                        expected.add(EventKey.of("bluecard", "entry", Known.BLUECARD_PARK + "/" + order));
                        datas.append(k == 0 ? "" : ",").append("{\"plate\":\"粤B").append(10000 + i % 90000)
                                .append("\",\"plateColor\":\"蓝色\",\"inTime\":\"2026-03-02 09:15:00\",\"orderId\":\"")
                                .append(order).append("\"}");
                    }
                    byte[] body = ("{\"parkNumber\":\"" + Known.BLUECARD_PARK + "\",\"size\":" + records + ",\"datas\":["
                            + datas + "]}").getBytes(StandardCharsets.UTF_8);
                    for (int attempt = 0; ; attempt++) {
                        if (System.nanoTime() > deadline) {
                            problems.add("push " + i + " never acknowledged");
                            break;
                        }
                        Http.Reply r = Http.send(port.get(), "POST", "/bluecard/carIn",
                                Map.of("Content-Type", "application/json; charset=UTF-8", "sign", sign), body);
                        if (r.status() == 200 && r.body().contains("\"success\"")) {
                            acked.incrementAndGet();
                            break;
                        }
                        retries.incrementAndGet();
                        sleep(attempt < 3 ? 50 : 250); // Bluecard: 3 retries, then every 5 minutes (scaled down)
                    }
                }
            }, "bluecard-sender-" + t);
            senders.add(th);
            th.start();
        }
        for (int k = 1; k <= kills; k++) {
            long target = (long) pushes * k / (kills + 1);
            while (acked.get() < target && System.nanoTime() < deadline) {
                sleep(5);
            }
            server.destroyForcibly(); // SIGKILL on Linux
            server.waitFor(30, TimeUnit.SECONDS);
            start(data, effects);
        }
        for (Thread th : senders) {
            th.join(TimeUnit.MINUTES.toMillis(10));
        }
        // let the dispatcher finish the effects, then stop the server cleanly
        long effectDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (distinctLines(effects) < expected.size() && System.nanoTime() < effectDeadline) {
            sleep(100);
        }
        try (PrintWriter w = new PrintWriter(server.getOutputStream(), true, StandardCharsets.UTF_8)) {
            w.println("STOP");
        }
        server.waitFor(30, TimeUnit.SECONDS);
        server.destroyForcibly();

        List<String> keys = new ArrayList<>();
        try (Database db = Database.open(DatabaseSettings.embedded(data)); Connection c = db.connection();
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT message_key FROM pb_inbox")) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        Set<String> stored = new HashSet<>(keys);
        long lost = expected.stream().filter(k -> !stored.contains(k)).count();
        long duplicated = keys.size() - stored.size();
        List<String> effectLines = Files.exists(effects) ? Files.readAllLines(effects) : List.of();
        Set<String> effected = new HashSet<>(effectLines);
        long noEffect = expected.stream().filter(k -> !effected.contains(k)).count();
        Summary.add(label, expected.size(), expected.size() - lost, stored.size(), lost, duplicated, pushes
                + " pushes, " + retries.get() + " retries; effects: " + effected.size() + " distinct, "
                + (effectLines.size() - effected.size()) + " repeated sink calls, " + noEffect + " missing");

        assertThat(problems).isEmpty();
        assertThat(acked.get()).isEqualTo(pushes);
        assertThat(lost).as("records acknowledged but not stored").isZero();
        assertThat(duplicated).as("records stored twice").isZero();
        assertThat(stored).hasSize(expected.size());
        assertThat(noEffect).as(() -> "stored records whose effect never ran; their deliveries: "
                + deliveriesOf(data, expected.stream().filter(k -> !effected.contains(k)).toList())
                + "; server warnings: " + serverWarnings()).isZero();
    }

    /** Status, attempts, lease and last error of each key's deliveries: what a failure report needs. */
    private static String deliveriesOf(Path data, List<String> keys) {
        StringBuilder out = new StringBuilder();
        try (Database db = Database.open(DatabaseSettings.embedded(data)); Connection c = db.connection();
                java.sql.PreparedStatement ps = c.prepareStatement("SELECT i.message_key, d.status, d.attempts,"
                        + " d.next_attempt_at, d.lease_until, d.claimed_by, d.last_error FROM pb_inbox i"
                        + " LEFT JOIN pb_delivery d ON d.inbox_id = i.id WHERE i.message_key = ?")) {
            for (String key : keys) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.append('[');
                        for (int col = 1; col <= 7; col++) {
                            out.append(col == 1 ? "" : ", ").append(rs.getString(col));
                        }
                        out.append(']');
                    }
                }
            }
        } catch (java.sql.SQLException | RuntimeException e) {
            out.append("(could not read: ").append(e).append(')');
        }
        return out.toString();
    }

    /** WARN and ERROR lines of every server run of this test (they log to files in the temp directory). */
    private String serverWarnings() {
        StringBuilder out = new StringBuilder();
        try (java.util.stream.Stream<Path> logs = Files.list(dir)) {
            for (Path log : logs.filter(f -> f.getFileName().toString().startsWith("server-")).sorted().toList()) {
                for (String line : Files.readAllLines(log)) {
                    if (line.contains("WARN") || line.contains("ERROR") || line.contains("Exception")) {
                        out.append(log.getFileName()).append(": ").append(line).append('\n');
                    }
                }
            }
        } catch (java.io.IOException e) {
            out.append("(could not read: ").append(e).append(')');
        }
        return out.toString();
    }

    private void start(Path data, Path effects) throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
                CrashServer.class.getName(), data.toString(), effects.toString());
        File err = dir.resolve("server-" + System.nanoTime() + ".log").toFile();
        Process p = new ProcessBuilder(cmd).redirectError(err).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (java.io.IOException e) {
                return null;
            }
        }).get(90, TimeUnit.SECONDS);
        if (line == null || !line.startsWith("PORT ")) {
            p.destroyForcibly();
            throw new IllegalStateException("crash server did not start: " + Files.readString(err.toPath()));
        }
        server = p;
        port.set(Integer.parseInt(line.substring(5).trim()));
    }

    private static long distinctLines(Path file) throws java.io.IOException {
        return Files.exists(file) ? new HashSet<>(Files.readAllLines(file)).size() : 0;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis); // the sender's retry interval and polling, not a test timing assumption
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
