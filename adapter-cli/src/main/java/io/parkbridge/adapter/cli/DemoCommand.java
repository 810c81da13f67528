package io.parkbridge.adapter.cli;

import io.parkbridge.adapter.http.store.jdbc.InboxEntry;
import io.parkbridge.adapter.http.vendor.VendorRoutes;
import io.parkbridge.core.credential.CardMovement;
import io.parkbridge.core.credential.CardNumbers;
import io.parkbridge.core.credential.StoredValueCard;
import io.parkbridge.core.fee.FeeEngine;
import io.parkbridge.core.fee.FeeQuote;
import io.parkbridge.core.fee.Stay;
import io.parkbridge.core.fee.Tariff;
import io.parkbridge.core.fee.VehicleClass;
import io.parkbridge.core.money.Money;
import io.parkbridge.core.plate.Plate;
import io.parkbridge.protocol.carsafe.client.CarsafeClient;
import io.parkbridge.protocol.carsafe.client.CarsafeKeys;
import io.parkbridge.protocol.carsafe.client.CarsafeParking;
import io.parkbridge.protocol.carsafe.codec.CarsafeResponse;
import io.parkbridge.protocol.carsafe.message.Credential;
import io.parkbridge.protocol.carsafe.message.FeeCalculation;
import io.parkbridge.protocol.carsafe.message.FeeCalculationRequest;
import io.parkbridge.protocol.carsafe.message.PaymentCommitRequest;
import io.parkbridge.protocol.carsafe.sim.CarsafeSimulator;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.http.HttpSettings;
import io.parkbridge.protocol.washer.WasherRoutes;
import io.parkbridge.protocol.washer.sim.CallbackBodies;
import io.parkbridge.protocol.washer.sim.CallbackDelivery;
import io.parkbridge.protocol.washer.sim.MerchantLink;
import io.parkbridge.protocol.washer.sim.PlatformScenarios;
import io.parkbridge.protocol.washer.sim.SessionResult;
import io.parkbridge.core.credential.Pass;
import io.parkbridge.core.device.CommandResult;
import io.parkbridge.core.port.FeeQuery;
import io.parkbridge.core.port.PaymentReport;
import io.parkbridge.protocol.bluecard.client.BluecardClient;
import io.parkbridge.protocol.bluecard.gateway.BluecardParkingGateway;
import io.parkbridge.protocol.bluecard.gateway.OpenStays;
import io.parkbridge.protocol.bluecard.sim.BluecardSimulator;
import io.parkbridge.protocol.welink.client.WeLinkClient;
import io.parkbridge.protocol.welink.gateway.WeLinkParkingGateway;
import io.parkbridge.protocol.welink.sim.WeLinkSimulator;
import java.util.Set;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The newcomer's first run: starts the bundled server on embedded defaults (a fresh H2 database
 * in a temporary directory unless {@code --data-dir}), starts the vendor simulators that exist,
 * plays realistic scenarios against the server over real HTTP on 127.0.0.1, prints each step and
 * the final state, and exits.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Play the main scenarios end to end on embedded defaults, then exit.",
                "Starts the server (fresh H2 database) and the vendor simulators, plays a car wash paid by card,",
                "a water purifier session, a Bluecard stay, a WeLink pass and fee query and a Carsafe fee and",
                "payment, and prints each step with the final balances and stored events."})
final class DemoCommand extends CliCommand {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String CARD = "8800123456";
    static final long WASHER_IOT_ID = 9001;
    static final long PURIFIER_IOT_ID = 9101;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Keep the database in DIR (default: a temporary directory removed at the end).")
    Path dataDir;

    private int step;
    private final List<String> skipped = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        Clock clock = Clock.system(ZONE);
        boolean temporary = dataDir == null;
        Path dir = temporary ? Files.createTempDirectory("parkbridge-demo-") : ctx().workDir().resolve(dataDir);
        out.println("ParkBridge demo");
        out.println("===============");
        OpenStays bluecardStays = new OpenStays();
        try (EmbeddedServer server = EmbeddedServer.create(EmbeddedServer.embeddedConfig(dir, 0), clock,
                Map.of("bluecard-open-stays", bluecardStays))) {
            server.start();
            out.printf("Server: %s (database %s, %d vendor routes)%n", server.baseUrl(),
                    temporary ? "in a temporary directory" : dir, server.routes().size());
            feeQuote(out, clock);
            section(out, "Stored-value card");
            var existing = server.cards().find(CARD);
            if (existing.isPresent()) {
                // A kept --data-dir from an earlier run: carry on with that card.
                out.printf("   card %s already in the database with %s yuan (kept from an earlier run)%n",
                        CardNumbers.mask(CARD), existing.get().balance().toYuanString());
            } else {
                Money opening = Money.parseYuan("50.00");
                server.cards().open(new StoredValueCard(CARD, "Demo customer", opening, Money.ZERO));
                out.printf("   opened card %s with %s yuan in the server's database%n", CardNumbers.mask(CARD),
                        opening.toYuanString());
            }
            carWash(out, server, clock);
            purifier(out, server, clock);
            bluecard(out, server, clock, bluecardStays);
            welink(out, clock);
            carsafe(out, server, clock);
            finalState(out, server);
        } finally {
            if (temporary) {
                deleteTree(dir);
            }
        }
        if (!skipped.isEmpty()) {
            out.println();
            out.println("Not played in this build: " + String.join("; ", skipped));
        }
        out.println("Done.");
        out.flush();
        return 0;
    }

    private void section(PrintWriter out, String title) {
        out.println();
        out.printf("%d. %s%n", ++step, title);
    }

    private void feeQuote(PrintWriter out, Clock clock) {
        section(out, "Fee engine (core): a 2 h 10 min stay at a typical lot");
        Tariff tariff = Tariff.simple(Duration.ofMinutes(15), Duration.ofMinutes(60), Money.parseYuan("5.00"),
                Duration.ofMinutes(30), Money.parseYuan("1.00"), Money.parseYuan("30.00")).withName("Lot A");
        Plate plate = Plate.parse("粤B12345");
        Instant exit = clock.instant();
        Instant entry = exit.minus(Duration.ofMinutes(130));
        FeeQuote q = new FeeEngine().quote(tariff, Stay.of(entry, exit, VehicleClass.fromPlate(plate)));
        out.printf("   plate %s (%s), tariff: 15 min free, first hour 5.00, then 1.00 per 30 min, cap 30.00/24 h%n",
                plate.number(), plate.kind());
        q.lines().forEach(l -> out.printf("   %-20s %3d x %5s = %6s%n", l.rule(), l.units(), l.unitPrice().toYuanString(),
                l.subtotal().toYuanString()));
        out.printf("   payable %s yuan%n", q.payable().toYuanString());
    }

    private MerchantLink washerPlatform(EmbeddedServer server, Clock clock) {
        return MerchantLink.builder()
                .activeRequestUrl(server.baseUrl() + WasherRoutes.ACTIVE_REQUEST_PATH)
                .callbackUrl(server.baseUrl() + WasherRoutes.CALLBACK_PATH)
                .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(10))
                .callbackRetries(2, Duration.ofMillis(200))
                .clock(clock).build();
    }

    private void carWash(PrintWriter out, EmbeddedServer server, Clock clock) {
        section(out, "Car wash paid by card (washer platform simulator -> our server)");
        PlatformScenarios platform = new PlatformScenarios(washerPlatform(server, clock), new CallbackBodies(clock));
        SessionResult s = platform.washSession(WASHER_IOT_ID, CARD);
        out.printf("   card swiped at washer %d: CARD_WASH sent to %s%n", WASHER_IOT_ID, WasherRoutes.ACTIVE_REQUEST_PATH);
        printDecision(out, s);
        printCallbacks(out, s);
    }

    private void purifier(PrintWriter out, EmbeddedServer server, Clock clock) {
        section(out, "Water purifier session (card swipe, ready, start, finish)");
        PlatformScenarios platform = new PlatformScenarios(washerPlatform(server, clock), new CallbackBodies(clock));
        SessionResult s = platform.purifierSession(PURIFIER_IOT_ID, CARD, 200);
        out.printf("   card swiped at purifier %d: WP1_SWIPE_CARD%n", PURIFIER_IOT_ID);
        printDecision(out, s);
        printCallbacks(out, s);
        out.println("   (200 ml were left undispensed; refunding them is up to the merchant's event handler)");
    }

    private static void printDecision(PrintWriter out, SessionResult s) {
        var d = s.decision();
        if (d.reply() == null) {
            out.printf("   no decision: HTTP %d %s%n", d.httpStatus(), d.violations());
            return;
        }
        out.printf("   decision: %s, order %s, balance shown %s yuan%s (%d ms)%n", d.approved() ? "APPROVED" : "REFUSED",
                d.orderId(), Money.ofFen(d.reply().balance()).toYuanString(),
                d.reply().volume() == null ? "" : ", volume " + d.reply().volume() + " ml", d.elapsedMillis());
    }

    private static void printCallbacks(PrintWriter out, SessionResult s) {
        for (CallbackDelivery c : s.callbacks()) {
            out.printf("   callback %-16s -> %s%n", c.callbackType(), c.delivered() ? "accepted (stored in the inbox)"
                    : "NOT accepted, HTTP " + c.attemptStatuses());
        }
    }

    private void bluecard(PrintWriter out, EmbeddedServer server, Clock clock, OpenStays stays) throws IOException {
        section(out, "Bluecard entry -> fee -> payment -> exit (Bluecard simulator <-> our server)");
        String park = EmbeddedServer.BLUECARD_PARK;
        Secret key = Secret.of(EmbeddedServer.BLUECARD_KEY);
        Plate plate = Plate.parse("京A12345");
        // The simulated park lives 2 h 30 min in the past while the vehicle enters, then catches up.
        ShiftableClock parkClock = new ShiftableClock(clock, Duration.ofMinutes(-150));
        try (BluecardSimulator sim = BluecardSimulator.builder().parkNumber(park).key(key).clock(parkClock)
                .pushTarget(server.baseUrl() + "/bluecard").start()) {
            String orderId = sim.vehicleEnters(plate.number(), "East gate in");
            int pushed = sim.runDuePushes();
            out.printf("   %s entered 2 h 30 min ago (Bluecard order %s); 4.2 entry record pushed to our server: %d%n",
                    plate.number(), orderId, pushed);
            parkClock.shift(Duration.ZERO);
            if (!awaitStay(stays, plate, Duration.ofSeconds(5))) {
                stays.put(plate, orderId);
                out.println("   (the entry event had not been delivered yet; the order id was taken from the push)");
            } else {
                out.println("   our server stored the entry and delivered it to the open-stays handler");
            }
            BluecardClient client = BluecardClient.builder().baseUrl(sim.baseUrl()).parkNumber(park).key(key)
                    .clock(clock).httpSettings(new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(5),
                            Duration.ofSeconds(10))).build();
            BluecardParkingGateway gateway = new BluecardParkingGateway(client, stays, null, clock);
            FeeQuote q = gateway.quoteFee(new FeeQuery(park, plate, clock.instant(), List.of()));
            out.printf("   fee query through the core port: gross %s, payable %s yuan%n", q.gross().toYuanString(),
                    q.payable().toYuanString());
            CommandResult paid = gateway.reportPayment(new PaymentReport(park, plate, "PB-BC-" + clock.millis(),
                    q.payable(), Money.ZERO, clock.instant(), "wechat"));
            out.printf("   payment of %s yuan reported: %s%n", q.payable().toYuanString(),
                    paid.accepted() ? "accepted" : "refused: " + paid.message());
            FeeQuote after = gateway.quoteFee(new FeeQuery(park, plate, clock.instant(), List.of()));
            out.printf("   fee query again: payable %s yuan%n", after.payable().toYuanString());
            sim.vehicleExits(orderId, "East gate out");
            out.printf("   %s left; 4.3 exit record pushed to our server: %d%n", plate.number(), sim.runDuePushes());
        }
    }

    private static boolean awaitStay(OpenStays stays, Plate plate, Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < deadline) {
            if (stays.orderId(plate).isPresent()) {
                return true;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L); // waiting for asynchronous delivery
        }
        return stays.orderId(plate).isPresent();
    }

    private void welink(PrintWriter out, Clock clock) throws IOException {
        section(out, "WeLink pass and fee query (our client -> WeLink simulator)");
        try (WeLinkSimulator sim = WeLinkSimulator.builder().clock(clock).start()) {
            WeLinkClient client = WeLinkClient.builder().baseUrl(sim.baseUrl()).appId(WeLinkSimulator.DEMO_APP_ID)
                    .secretKey(Secret.of(WeLinkSimulator.DEMO_SECRET)).parkId(WeLinkSimulator.DEMO_PARK_ID)
                    .httpSettings(HttpSettings.DEFAULT).clock(clock).build();
            WeLinkParkingGateway gateway = new WeLinkParkingGateway(client, "parkbridge-demo", 11151314366657101L,
                    "13000000000");
            Instant now = clock.instant();
            Pass pass = new Pass("PB-PASS-1", Set.of(Plate.parse("粤B11111")), now, now.plus(Duration.ofDays(30)), Set.of(),
                    "Demo tenant");
            CommandResult saved = gateway.savePass(pass);
            out.printf("   monthly pass for 粤B11111 (30 days): %s%s%n", saved.accepted() ? "accepted" : "refused",
                    saved.reference() == null || saved.reference().isEmpty() ? "" : ", reference " + saved.reference());
            Plate visitor = Plate.parse("粤B67890");
            FeeQuote q = gateway.quoteFee(new FeeQuery(WeLinkSimulator.DEMO_PARK_ID, visitor, now, List.of()));
            out.printf("   fee query for %s: payable %s yuan%n", visitor.number(), q.payable().toYuanString());
            CommandResult paid = gateway.reportPayment(new PaymentReport(WeLinkSimulator.DEMO_PARK_ID, visitor,
                    "PB-WL-" + clock.millis(), q.payable(), Money.ZERO, now, "wechat"));
            out.printf("   payment reported: %s%n", paid.accepted() ? "accepted" : "refused: " + paid.message());
            out.printf("   free spaces now: %d%n", gateway.spaceStatus(WeLinkSimulator.DEMO_PARK_ID).freeSpaces());
        }
    }

    private void carsafe(PrintWriter out, EmbeddedServer server, Clock clock) throws IOException {
        section(out, "Carsafe fee and payment (our client -> Carsafe simulator; simulator pushes the exit to our server)");
        CarsafeKeys keys = CarsafeKeys.single(Secret.of(EmbeddedServer.CARSAFE_KEY));
        try (CarsafeSimulator sim = CarsafeSimulator.start(keys, clock)) {
            String plate = "粤B67890";
            LocalDateTime now = LocalDateTime.now(clock.withZone(ZONE));
            LocalDateTime entered = now.minusHours(2).minusMinutes(13);
            sim.vehicleEntered(plate, entered);
            out.printf("   %s entered the Carsafe car park at %s%n", plate, TIME.format(entered));
            CarsafeClient client = CarsafeClient.builder().baseUrl(sim.baseUrl()).from("PB").branchNo("1001").keys(keys)
                    .clock(clock).httpSettings(new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(5),
                            Duration.ofSeconds(10))).build();
            CarsafeParking parking = new CarsafeParking(client);
            FeeCalculation calc = parking.calculateFee(FeeCalculationRequest.now(Credential.plate(plate)));
            out.printf("   6.1 fee query: %s min parked, fee %s yuan, order %s%n", calc.parkMinutes(),
                    calc.parkCost().toYuanString(), calc.orderNo());
            PaymentCommitRequest pay = PaymentCommitRequest.paying(calc, Credential.plate(plate), calc.parkCost(), "10",
                    "PB-" + clock.millis(), TIME.format(now));
            boolean paid = parking.commitPayment(pay).ok();
            out.printf("   6.2 payment of %s yuan: %s; order status at Carsafe: %s%n", calc.parkCost().toYuanString(),
                    paid ? "accepted" : "refused", sim.orderStatus(calc.orderNo()));
            Map<String, String> exit = new LinkedHashMap<>();
            exit.put("cardInId", calc.cardInId() == null ? "CI-" + clock.millis() : calc.cardInId());
            exit.put("plateNo", plate);
            exit.put("inDate", TIME.format(entered));
            exit.put("inControllerNo", "1");
            exit.put("inControllerName", "Entrance 1");
            exit.put("outDate", TIME.format(now));
            exit.put("outControllerNo", "2");
            exit.put("outControllerName", "Exit 1");
            CarsafeResponse r = sim.pusher(server.baseUrl() + VendorRoutes.CARSAFE_PREFIX, keys).call("13.3", List.of(exit));
            out.printf("   13.3 exit pushed to our server: %s%n", r.status() ? "acknowledged (stored in the inbox)"
                    : "refused: " + r.message());
        }
    }

    private void finalState(PrintWriter out, EmbeddedServer server) {
        section(out, "Final state");
        StoredValueCard card = server.cards().find(CARD).orElseThrow();
        out.printf("   card %s balance: %s yuan%n", CardNumbers.mask(CARD), card.balance().toYuanString());
        for (CardMovement m : server.cards().history(CARD)) {
            out.printf("     %-28s %8s -> %8s%n", m.orderId(), m.amount().toYuanString(), m.balanceAfter().toYuanString());
        }
        List<InboxEntry> events = new ArrayList<>(server.inbox().list(null, 100, 0));
        events.sort(Comparator.comparingLong(InboxEntry::id));
        out.printf("   stored events: %d%n", events.size());
        for (InboxEntry e : events) {
            out.printf("     #%-3d %-8s %-24s %s%n", e.id(), e.vendor(), e.eventType(), e.interfaceName());
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a leftover temp directory is harmless
        }
    }
}
