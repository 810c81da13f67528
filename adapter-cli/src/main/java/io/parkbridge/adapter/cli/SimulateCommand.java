package io.parkbridge.adapter.cli;

import io.parkbridge.protocol.bluecard.sim.BluecardSimulator;
import io.parkbridge.protocol.carsafe.client.CarsafeKeys;
import io.parkbridge.protocol.carsafe.codec.CarsafeResponse;
import io.parkbridge.protocol.carsafe.sim.CarsafeSimulator;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.sim.SimulatorServer;
import io.parkbridge.protocol.washer.WasherRoutes;
import io.parkbridge.protocol.washer.device.WasherModel;
import io.parkbridge.protocol.washer.sim.CallbackBodies;
import io.parkbridge.protocol.washer.sim.CallbackDelivery;
import io.parkbridge.protocol.washer.sim.MerchantLink;
import io.parkbridge.protocol.washer.sim.PlatformScenarios;
import io.parkbridge.protocol.washer.sim.SessionResult;
import io.parkbridge.protocol.washer.sim.WasherCloudSimulator;
import io.parkbridge.protocol.welink.sim.WeLinkSimulator;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parkbridge simulate <vendor>}: a vendor simulator for the user's own integration tests,
 * on 127.0.0.1, until Ctrl-C or {@code --duration}; with {@code --target} it also plays a
 * scenario against the user's server (pushes, active requests, callbacks).
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Run a vendor simulator on 127.0.0.1 for your own integration tests.",
                "Keys default to the demo keys that 'parkbridge serve' uses on embedded defaults.",
                "Scenarios (with --target): washer: wash, purifier; bluecard: entry-exit, heartbeat;",
                "carsafe: exit, heartbeat; welink: none (WeLink never calls the third party)."})
final class SimulateCommand extends CliCommand {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Parameters(paramLabel = "VENDOR", description = "washer, bluecard, welink or carsafe.")
    String vendor;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0", description = "Port on 127.0.0.1 (default: any free port).")
    int port;

    @Option(names = "--target", paramLabel = "URL",
            description = "Your server's base URL (loopback), e.g. http://127.0.0.1:8080: scenarios are played against it.")
    String target;

    @Option(names = "--scenario", paramLabel = "NAME", description = "What to play against --target (default: the first listed).")
    String scenario;

    @Option(names = "--every", paramLabel = "DURATION", description = "Play the scenario again at this interval (default: once).")
    String every;

    @Option(names = "--duration", paramLabel = "DURATION", description = "Stop after this long (default: until Ctrl-C).")
    String duration;

    @Option(names = "--key", paramLabel = "K",
            description = "Carsafe key / Bluecard key / WeLink SecretKey / washer secret (default: the demo key).")
    String key;

    @Option(names = {"--key-file", "--secret-file"}, paramLabel = "FILE", description = "Read --key from FILE.")
    Path keyFile;

    @Option(names = "--card", paramLabel = "CARD", defaultValue = "8800123456", description = "Card swiped by washer scenarios.")
    String card;

    /** Counted down once the simulators are closed; a Ctrl-C hook waits for it. */
    private final CountDownLatch closed = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        String v = vendor.toLowerCase(Locale.ROOT);
        if (!List.of("washer", "bluecard", "welink", "carsafe").contains(v)) {
            throw new UsageException("VENDOR: expected washer, bluecard, welink or carsafe, got '" + vendor + "'");
        }
        if (port < 0 || port > 65535) {
            throw new UsageException("--port: expected 0-65535, got " + port);
        }
        Duration stopAfter = duration == null ? null : Durations.parse("--duration", duration);
        Duration interval = every == null ? null : Durations.parse("--every", every);
        if (interval != null && interval.isZero()) {
            throw new UsageException("--every: expected more than zero");
        }
        if (target != null) {
            requireLoopback(target);
            if (v.equals("welink")) {
                throw new UsageException("--target: WeLink never calls the third party; point your WeLink client at the"
                        + " simulator instead");
            }
        }
        String play = scenario == null ? defaultScenario(v) : scenario.toLowerCase(Locale.ROOT);
        if (target != null && !scenarios(v).contains(play)) {
            throw new UsageException("--scenario: expected one of " + scenarios(v) + " for " + v + ", got '" + scenario + "'");
        }
        Clock clock = Clock.system(ZONE);
        List<AutoCloseable> open = new ArrayList<>();
        try {
            Runnable playOnce = switch (v) {
                case "washer" -> washer(clock, open, play);
                case "bluecard" -> bluecard(clock, open, play);
                case "carsafe" -> carsafe(clock, open, play);
                default -> welink(clock, open);
            };
            out().flush();
            runUntilStopped(playOnce, interval, stopAfter);
        } finally {
            try {
                for (int i = open.size() - 1; i >= 0; i--) {
                    open.get(i).close();
                }
            } finally {
                closed.countDown();
            }
        }
        out().println("simulator stopped.");
        return 0;
    }

    private static String defaultScenario(String v) {
        return scenarios(v).isEmpty() ? "" : scenarios(v).get(0);
    }

    private static List<String> scenarios(String v) {
        return switch (v) {
            case "washer" -> List.of("wash", "purifier");
            case "bluecard" -> List.of("entry-exit", "heartbeat");
            case "carsafe" -> List.of("exit", "heartbeat");
            default -> List.of();
        };
    }

    private void runUntilStopped(Runnable playOnce, Duration interval, Duration stopAfter) throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                closed.await(10, TimeUnit.SECONDS); // let call() close the simulators before the JVM halts
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "parkbridge-simulate-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        Progress progress = new Progress(ctx(), err(), "simulating");
        long start = System.nanoTime();
        int played = 0;
        try {
            if (target != null && playOnce != null) {
                playOnce.run();
                played++;
            }
            while (true) {
                Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
                if (stopAfter != null && elapsed.compareTo(stopAfter) >= 0) {
                    break;
                }
                long waitMs = 1000;
                if (stopAfter != null) {
                    waitMs = Math.min(waitMs, stopAfter.minus(elapsed).toMillis());
                    progress.show(elapsed, stopAfter);
                }
                if (interval != null && target != null) {
                    Duration nextAt = interval.multipliedBy(played);
                    waitMs = Math.max(0, Math.min(waitMs, nextAt.minus(elapsed).toMillis()));
                }
                if (stop.await(Math.max(1, waitMs), TimeUnit.MILLISECONDS)) {
                    break;
                }
                if (interval != null && target != null
                        && Duration.ofNanos(System.nanoTime() - start).compareTo(interval.multipliedBy(played)) >= 0) {
                    playOnce.run();
                    played++;
                }
            }
        } finally {
            progress.done();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is stopping: the hook ran
            }
        }
    }

    private Secret secret(String demo) {
        if (key == null && keyFile == null) {
            return Secret.of(demo);
        }
        return Secrets.resolve(ctx(), key, keyFile, "PARKBRIDGE_SIMULATOR_KEY", "--key");
    }

    private String keyNote() {
        return key == null && keyFile == null ? "demo key (see docs/cli.md)" : "key from " + (key != null ? "--key" : "--key-file");
    }

    private static void requireLoopback(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--target: expected a URL such as http://127.0.0.1:8080, got '" + url + "'");
        }
        String host = uri.getHost();
        if (uri.getScheme() == null || !uri.getScheme().startsWith("http") || host == null
                || !(host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]") || host.equals("::1"))) {
            throw new UsageException("--target: expected a loopback http URL (127.0.0.1 or localhost), got '" + url + "'");
        }
    }

    private String base() {
        return target.endsWith("/") ? target.substring(0, target.length() - 1) : target;
    }

    // ---- washer -------------------------------------------------------------------------------

    private Runnable washer(Clock clock, List<AutoCloseable> open, String play) throws IOException {
        Secret secret = secret("demo-washer-secret-0001");
        MerchantLink link = target == null ? null : MerchantLink.builder()
                .activeRequestUrl(base() + WasherRoutes.ACTIVE_REQUEST_PATH).callbackUrl(base() + WasherRoutes.CALLBACK_PATH)
                .callbackRetries(2, Duration.ofMillis(500)).clock(clock).build();
        WasherCloudSimulator sim = new WasherCloudSimulator("demo-open-id", secret, clock, link);
        sim.addMachine(9001, WasherModel.ROLLOVER_1, "Rollover washer 1");
        sim.addMachine(9101, WasherModel.WATER_PURIFIER_1, "Water purifier 1");
        SimulatorServer server = SimulatorServer.start("127.0.0.1", port, sim);
        open.add(server);
        open.add(sim);
        out().printf("washer platform simulator: %s/api/open/v1/ (openId demo-open-id, %s)%n", server.baseUrl(), keyNote());
        out().println("machines: 9001 ROLLOVER_1, 9101 WATER_PURIFIER_1");
        if (link == null) {
            return null;
        }
        out().printf("merchant: %s%s and %s%n", base(), WasherRoutes.ACTIVE_REQUEST_PATH, WasherRoutes.CALLBACK_PATH);
        PlatformScenarios platform = new PlatformScenarios(link, new CallbackBodies(clock));
        int[] n = {0};
        return () -> {
            SessionResult s = play.equals("purifier") ? platform.purifierSession(9101, card, 0)
                    : platform.washSession(9001, card);
            var d = s.decision();
            out().printf("session %d: %s at %d -> %s%s%n", ++n[0], d.callType(), d.iotId(),
                    d.reply() == null ? "no reply (HTTP " + d.httpStatus() + ")" : d.approved() ? "APPROVED" : "REFUSED",
                    d.orderId() == null ? "" : ", order " + d.orderId());
            for (CallbackDelivery c : s.callbacks()) {
                out().printf("  callback %s -> %s%n", c.callbackType(), c.delivered() ? "accepted" : "HTTP " + c.attemptStatuses());
            }
            out().flush();
        };
    }

    // ---- bluecard -----------------------------------------------------------------------------

    private Runnable bluecard(Clock clock, List<AutoCloseable> open, String play) throws IOException {
        BluecardSimulator.Builder b = BluecardSimulator.builder().parkNumber(EmbeddedServer.BLUECARD_PARK)
                .key(secret(EmbeddedServer.BLUECARD_KEY)).clock(clock).listen("127.0.0.1", port);
        if (target != null) {
            b.pushTarget(base() + "/bluecard");
        }
        BluecardSimulator sim = b.start();
        open.add(sim);
        out().printf("bluecard cloud simulator: %s (park %s, %s)%n", sim.baseUrl(), EmbeddedServer.BLUECARD_PARK, keyNote());
        if (target == null) {
            return null;
        }
        out().printf("pushes to: %s/bluecard/...%n", base());
        int[] n = {0};
        return () -> {
            n[0]++;
            if (play.equals("heartbeat")) {
                out().printf("heartbeat %d: %s%n", n[0], sim.sendHeartbeat().isPresent() ? "answered" : "no answer");
            } else {
                String plate = "京A" + String.format("%05d", 10000 + n[0]);
                String orderId = sim.vehicleEnters(plate, "East gate in");
                int in = sim.runDuePushes();
                sim.vehicleExits(orderId, "East gate out");
                int outPushed = sim.runDuePushes();
                out().printf("stay %d: %s order %s, entry pushed %d, exit pushed %d%n", n[0], plate, orderId, in, outPushed);
            }
            out().flush();
        };
    }

    // ---- carsafe ------------------------------------------------------------------------------

    private Runnable carsafe(Clock clock, List<AutoCloseable> open, String play) throws IOException {
        CarsafeKeys keys = CarsafeKeys.single(secret(EmbeddedServer.CARSAFE_KEY));
        CarsafeSimulator sim = CarsafeSimulator.start(keys, clock, ZONE, "127.0.0.1", port);
        open.add(sim);
        out().printf("carsafe (Chean) simulator: %s (%s)%n", sim.baseUrl(), keyNote());
        if (target == null) {
            return null;
        }
        String pushBase = base() + "/carsafe";
        out().printf("pushes to: %s/report/...%n", pushBase);
        int[] n = {0};
        return () -> {
            n[0]++;
            CarsafeResponse r;
            if (play.equals("heartbeat")) {
                r = sim.pusher(pushBase, keys).call("13.9", List.of());
            } else {
                LocalDateTime now = LocalDateTime.now(clock);
                Map<String, String> exit = new LinkedHashMap<>();
                exit.put("cardInId", "SIM-" + clock.millis());
                exit.put("plateNo", "粤B" + String.format("%05d", 60000 + n[0]));
                exit.put("inDate", TIME.format(now.minusHours(1)));
                exit.put("inControllerNo", "1");
                exit.put("inControllerName", "Entrance 1");
                exit.put("outDate", TIME.format(now));
                exit.put("outControllerNo", "2");
                exit.put("outControllerName", "Exit 1");
                r = sim.pusher(pushBase, keys).call("13.3", List.of(exit));
            }
            out().printf("push %d (%s): %s%n", n[0], play.equals("heartbeat") ? "13.9 heartbeat" : "13.3 exit",
                    r.status() ? "acknowledged" : "refused: " + r.message());
            out().flush();
        };
    }

    // ---- welink -------------------------------------------------------------------------------

    private Runnable welink(Clock clock, List<AutoCloseable> open) throws IOException {
        WeLinkSimulator sim = WeLinkSimulator.builder().appId(WeLinkSimulator.DEMO_APP_ID)
                .secretKey(secret(WeLinkSimulator.DEMO_SECRET)).parkId(WeLinkSimulator.DEMO_PARK_ID).clock(clock)
                .listen("127.0.0.1", port).start();
        open.add(sim);
        out().printf("welink simulator: %s/api (AppId %s, ParkId %s, %s)%n", sim.baseUrl(), WeLinkSimulator.DEMO_APP_ID,
                WeLinkSimulator.DEMO_PARK_ID, keyNote());
        return null;
    }
}
