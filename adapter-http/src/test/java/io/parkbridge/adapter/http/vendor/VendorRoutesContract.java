package io.parkbridge.adapter.http.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parkbridge.adapter.http.Await;
import io.parkbridge.adapter.http.MutableClock;
import io.parkbridge.adapter.http.ParkBridgeServer;
import io.parkbridge.adapter.http.Serving;
import io.parkbridge.adapter.http.config.ConfigException;
import io.parkbridge.adapter.http.config.ConfigLoader;
import io.parkbridge.adapter.http.config.ParkBridgeConfig;
import io.parkbridge.adapter.http.server.TestHttp;
import io.parkbridge.core.credential.StoredValueCard;
import io.parkbridge.core.event.DomainEvent;
import io.parkbridge.core.money.Money;
import io.parkbridge.protocol.bluecard.BluecardSigner;
import io.parkbridge.protocol.bluecard.catalog.BluecardInterface;
import io.parkbridge.protocol.bluecard.message.ChargeRecords;
import io.parkbridge.protocol.bluecard.message.EntryRecords;
import io.parkbridge.protocol.bluecard.message.FacePay;
import io.parkbridge.protocol.bluecard.message.FacePayCancel;
import io.parkbridge.protocol.bluecard.message.FacePayPoll;
import io.parkbridge.protocol.bluecard.message.ImageUpload;
import io.parkbridge.protocol.bluecard.message.LaneInfo;
import io.parkbridge.protocol.bluecard.message.LanePayment;
import io.parkbridge.protocol.bluecard.message.OpenGate;
import io.parkbridge.protocol.bluecard.message.PreExitFee;
import io.parkbridge.protocol.bluecard.message.QrCodeRequest;
import io.parkbridge.protocol.bluecard.message.QrPaymentQuery;
import io.parkbridge.protocol.bluecard.message.Renewals;
import io.parkbridge.protocol.bluecard.message.Reply;
import io.parkbridge.protocol.bluecard.message.WhitelistSync;
import io.parkbridge.protocol.bluecard.sim.BluecardSimulator;
import io.parkbridge.protocol.bluecard.inbound.BluecardApplication;
import io.parkbridge.protocol.bluecard.inbound.FacePayOutcome;
import io.parkbridge.protocol.bluecard.inbound.GateDecision;
import java.util.Optional;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeCatalogue;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeInterface;
import io.parkbridge.protocol.carsafe.catalogue.Direction;
import io.parkbridge.protocol.carsafe.catalogue.EnvelopeKind;
import io.parkbridge.protocol.carsafe.catalogue.FieldSpec;
import io.parkbridge.protocol.carsafe.client.CarsafeClient;
import io.parkbridge.protocol.carsafe.client.CarsafeKeys;
import io.parkbridge.protocol.carsafe.codec.CarsafeResponse;
import io.parkbridge.protocol.carsafe.sim.CarsafeSimulator;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.error.AuthenticationException;
import io.parkbridge.protocol.washer.sim.ActiveDecision;
import io.parkbridge.protocol.washer.sim.SimulatedMachine;
import io.parkbridge.protocol.washer.sim.WasherCloudSimulator;
import io.parkbridge.protocol.washer.api.LogType;
import io.parkbridge.protocol.washer.api.OrderFlowRequest;
import io.parkbridge.protocol.washer.api.WasherClient;
import io.parkbridge.protocol.washer.device.WasherDeviceController;
import io.parkbridge.protocol.washer.device.WasherModel;
import io.parkbridge.adapter.http.store.jdbc.InboxEntry;
import io.parkbridge.core.device.CommandResult;
import io.parkbridge.core.device.DeviceCommand;
import io.parkbridge.core.event.EventHandler;
import io.parkbridge.protocol.washer.sim.CallbackBodies;
import io.parkbridge.protocol.washer.sim.MerchantLink;
import io.parkbridge.protocol.washer.sim.PlatformScenarios;
import io.parkbridge.protocol.washer.sim.SessionResult;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The protocol modules' routes mounted by the server with the JDBC inbox, driven over real HTTP
 * on 127.0.0.1 by the vendor simulators (Carsafe simulator, washer platform simulator) and by
 * signed Bluecard pushes; asserts what was stored and what was replied. Runs on the JDK server
 * ({@link JdkVendorRoutesTest}) and under Jetty ({@link JettyVendorRoutesTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class VendorRoutesContract {
    final MutableClock clock = new MutableClock(Instant.parse("2019-12-09T07:42:45Z"));
    static final String PARK = "p180329111018";
    static final String TOKEN = "admin-token-0123456789abcdefgh";
    static final CarsafeKeys CARSAFE_KEYS = CarsafeKeys.builder(Secret.of("111111"))
            .family("report", Secret.of("push-key-report")).build();

    @TempDir
    static Path dir;
    ParkBridgeServer server;
    String base;
    final Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();
    /** Where the washer test's device controller receives the server's events (a Java event handler). */
    final java.util.concurrent.atomic.AtomicReference<EventHandler> devices = new java.util.concurrent.atomic.AtomicReference<>(
            e -> { });

    abstract Serving serving();

    @BeforeAll
    void start() throws Exception {
        ParkBridgeConfig c = ConfigLoader.defaults();
        c.server.host = "127.0.0.1";
        c.server.port = 0;
        c.database.dataDir = dir.toString();
        c.admin.token = TOKEN;
        c.delivery.pollIntervalMillis = 10;
        ParkBridgeConfig.Vendor carsafe = new ParkBridgeConfig.Vendor();
        carsafe.keys.put("default", "111111");
        carsafe.keys.put("report", "push-key-report");
        c.vendors.put("carsafe", carsafe);
        ParkBridgeConfig.Vendor bluecard = new ParkBridgeConfig.Vendor();
        bluecard.keys.put(PARK, "abc123");
        bluecard.heartbeatMaxAgeSeconds = 60;
        c.vendors.put("bluecard", bluecard);
        c.vendors.put("washer", new ParkBridgeConfig.Vendor());
        ParkBridgeConfig.Scheme quick = new ParkBridgeConfig.Scheme();
        quick.id = "1";
        quick.price = "15.00";
        c.washer.schemes.add(quick);
        ConfigLoader.defaults(); // the defaults stay valid
        server = ParkBridgeServer.builder(c).clock(clock).discoverEventHandlers(false)
                .eventHandler("count", e -> handled.computeIfAbsent(e.key(), k -> new AtomicInteger())
                        .incrementAndGet())
                .eventHandler("devices", e -> devices.get().handle(e))
                .bluecardApplication(new PaymentProvider())
                .carsafeResponder("11.12", (iface, data) -> Map.of("rule", "pass " + data.path("carNo").asText()))
                .carsafePaymentVerifier(data -> !data.toString().contains("forged"))
                .build();
        base = serving().start(server);
    }

    @AfterAll
    void stop() throws Exception {
        serving().stop();
        server.close();
    }

    /**
     * The user's Bluecard application plugged into the server: QR codes and face-to-face payments
     * are offered (a face-to-face payment is paid at its second poll), lane payments taken, and a
     * blacklisted plate is refused at the gate.
     */
    static final class PaymentProvider implements BluecardApplication {
        final Map<String, AtomicInteger> polls = new ConcurrentHashMap<>();

        @Override
        public Optional<QrCodeRequest.Answer> qrCode(QrCodeRequest.Request r) {
            return Optional.of(new QrCodeRequest.Answer(null, "https://pay.example/qr/" + r.outTradeNo(), null));
        }

        @Override
        public Optional<QrPaymentQuery.Answer> qrPayment(QrPaymentQuery.Request r) {
            return Optional.of(new QrPaymentQuery.Answer(null, r.outTradeNo(), "微信", "2.00", "W-" + r.outTradeNo(), "",
                    "京A12345"));
        }

        @Override
        public FacePayOutcome facePay(FacePay.Request r) {
            return new FacePayOutcome.Paying();
        }

        @Override
        public FacePayOutcome facePayStatus(FacePayPoll.Request r) {
            return polls.computeIfAbsent(r.outTradeNo(), k -> new AtomicInteger()).incrementAndGet() < 2
                    ? new FacePayOutcome.Paying()
                    : new FacePayOutcome.Paid(new FacePay.PayContent("TR-" + r.outTradeNo(), r.outTradeNo(), "2.00",
                            "2019-12-09 16:00:00", "", "第三方当面付"));
        }

        @Override
        public boolean lanePayment(LanePayment.Request r, String plate) {
            return true;
        }

        @Override
        public GateDecision openGate(OpenGate.Request r) {
            return r.plate().equals("京X00000") ? GateDecision.refuse("黑名单车辆禁止入场") : GateDecision.open("月租车");
        }
    }

    static Map<String, String> sample(CarsafeInterface iface) {
        if (iface.request().isEmpty()) {
            return null;
        }
        Map<String, String> data = new LinkedHashMap<>();
        for (FieldSpec f : iface.request()) {
            if (f.required()) {
                data.put(f.name(), value(f.name()));
            }
        }
        if (data.isEmpty()) {
            data.put(iface.request().get(0).name(), value(iface.request().get(0).name()));
        }
        return data;
    }

    static String value(String field) {
        String f = field.toLowerCase(Locale.ROOT);
        if (f.contains("plate") || f.equals("carno") || f.equals("credential") || f.equals("plateno")) {
            return "粤B12345";
        }
        if (f.contains("amount") || f.contains("cost") || f.contains("price") || f.contains("money")
                || f.startsWith("dec")) {
            return "12.50";
        }
        if (f.contains("time") || f.contains("date")) {
            return "2019-12-09 15:40:00";
        }
        return "v-" + field;
    }

    @Test
    void carsafeSimulatorPushesEveryThirdPartyInterfaceToTheServer() throws Exception {
        try (CarsafeSimulator sim = CarsafeSimulator.start(CARSAFE_KEYS, clock)) {
            CarsafeClient pusher = sim.pusher(base + VendorRoutes.CARSAFE_PREFIX, CARSAFE_KEYS);
            List<String> stored = new ArrayList<>();
            List<String> recordKeyed = new ArrayList<>();
            for (CarsafeInterface iface : CarsafeCatalogue.standard().byDirection(Direction.VENDOR_CALLS_US)) {
                if (iface.envelope() == EnvelopeKind.ALIPAY_PAGE) {
                    continue;
                }
                long before = server.inbox().count();
                Object data = sample(iface);
                if (iface.chapter() == 13 && !iface.number().equals("13.7")) {
                    data = data == null ? List.of() : List.of(data);
                }
                CarsafeResponse r = pusher.call(iface, data);
                if (iface.envelope() == EnvelopeKind.VERIFY_REQUEST) {
                    assertThat(r.data().get("status").asText()).as(iface.number()).isEqualTo("success");
                } else if (iface.envelope() == EnvelopeKind.STATUS_MESSAGE) {
                    assertThat(r.data().get("status").asBoolean()).as(iface.number()).isTrue();
                } else {
                    assertThat(r.status()).as(iface.number()).isTrue();
                }
                assertThat(server.inbox().count()).as("stored " + iface.number()).isEqualTo(before + 1);
                stored.add(iface.number());
                String key = server.inbox().list(null, 1, 0).get(0).key();
                if (!key.contains(":PARK:")) { // keyed by the vendor's record id, not by the envelope nonce
                    recordKeyed.add(iface.number());
                    // The vendor resends the same record later, in a new envelope. (With the clock
                    // standing still, a 1-in-100 nonce collision would make it a true replay.)
                    clock.advance(Duration.ofSeconds(1));
                    pusher.call(iface, data); // acknowledged, not stored again
                    assertThat(server.inbox().count()).as("resend of " + iface.number()).isEqualTo(before + 1);
                }
            }
            assertThat(stored).hasSizeGreaterThan(5);
            assertThat(recordKeyed).isNotEmpty();
            CarsafeClient wrongKey = sim.pusher(base + VendorRoutes.CARSAFE_PREFIX,
                    CarsafeKeys.single(Secret.of("wrong")));
            long before = server.inbox().count();
            assertThatThrownBy(() -> wrongKey.call("13.9", List.of())).isInstanceOf(AuthenticationException.class);
            assertThat(server.inbox().count()).isEqualTo(before);
        }
    }

    @Test
    void carsafeAnswersComeFromTheApplicationPluggedIntoTheBuilder() throws Exception {
        try (CarsafeSimulator sim = CarsafeSimulator.start(CARSAFE_KEYS, clock)) {
            CarsafeClient pusher = sim.pusher(base + VendorRoutes.CARSAFE_PREFIX, CARSAFE_KEYS);
            CarsafeInterface rule = CarsafeCatalogue.standard().require("11.12");
            Map<String, String> data = sample(rule);
            data.put("carNo", "粤B99999");
            clock.advance(Duration.ofSeconds(1));
            CarsafeResponse r = pusher.call(rule, data);
            assertThat(r.status()).isTrue();
            assertThat(r.data().get("rule").asText()).isEqualTo("pass 粤B99999");

            CarsafeInterface verify = CarsafeCatalogue.standard().require("6.2.3");
            Map<String, String> payment = sample(verify);
            CarsafeResponse genuine = pusher.call(verify, payment);
            assertThat(genuine.data().get("status").asText()).isEqualTo("success");
            payment.replaceAll((k, v) -> "forged-" + k);
            CarsafeResponse forged = pusher.call(verify, payment);
            assertThat(forged.data().get("status").asText()).isEqualTo("fail");
        }
        String ours = CarsafeCatalogue.standard().byDirection(Direction.WE_CALL).get(0).number();
        assertThatThrownBy(() -> ParkBridgeServer.builder(ConfigLoader.defaults()).carsafeResponder(ours, (i, d) -> null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("number: expected an interface Chean calls on us, got " + ours);
        assertThatThrownBy(() -> ParkBridgeServer.builder(ConfigLoader.defaults()).carsafeResponder("99.99", (i, d) -> null))
                .hasMessageStartingWith("number: expected a Carsafe interface number");
    }

    static String entry(String orderId, String plate) {
        return "{\"plate\":\"" + plate + "\",\"ticketCode\":\"\",\"plateColor\":\"蓝色\",\"inTime\":"
                + "\"2019-12-09 15:30:00\",\"inChannel\":\"东门入口\",\"inImage\":\"" + orderId + ".jpg\",\"orderId\":\""
                + orderId + "\",\"visitReason\":\"\",\"openGateMode\":\"自动放行\",\"matchMode\":\"全字匹配\","
                + "\"idCard\":\"\",\"confidence\":98,\"carType\":\"临时车\",\"userInfo\":{},\"placeInfo\":[]}";
    }

    @Test
    void bluecardEntryBatchIsStoredPerRecordOnceAndHandled() throws Exception {
        String body = "{\"parkNumber\":\"" + PARK + "\",\"size\":2,\"datas\":[" + entry("9001", "京A12345") + ","
                + entry("9002", "沪B54321") + "]}";
        String sign = BluecardSigner.sign(Secret.of("abc123"), PARK);
        HttpResponse<String> r = TestHttp.post(base + "/bluecard/carIn", body, "sign", sign,
                "Content-Type", "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).startsWith("{\"status\":\"success\"");
        HttpResponse<String> again = TestHttp.post(base + "/bluecard/carIn", body, "sign", sign);
        assertThat(again.body()).startsWith("{\"status\":\"success\"");
        String k1 = "bluecard:entry:" + PARK + "/9001";
        assertThat(server.inbox().idOf(k1)).isPresent();
        assertThat(server.inbox().idOf("bluecard:entry:" + PARK + "/9002")).isPresent();
        assertThat(server.inbox().list(null, 500, 0)).filteredOn(e -> e.key().startsWith("bluecard:entry:"))
                .hasSize(2);
        Await.until("bluecard entry handled", () -> handled.containsKey(k1));
        assertThat(handled.get(k1)).hasValue(1);
        HttpResponse<String> unsigned = TestHttp.post(base + "/bluecard/carIn",
                body.replace("9001", "9003").replace("9002", "9004"), "sign", "0".repeat(32));
        assertThat(unsigned.body()).contains("\"status\":\"fail\"");
        assertThat(server.inbox().idOf("bluecard:entry:" + PARK + "/9003")).isEmpty();
        String shown = TestHttp.get(base + "/admin/inbox/" + server.inbox().idOf(k1).orElseThrow(),
                "Authorization", "Bearer " + TOKEN).body();
        assertThat(shown).contains("\"eventType\":\"VehicleEntered\"").contains("\"number\":\"京A12345\"");
    }

    @Test
    void washerPlatformSwipeDebitsTheCardOnceAndItsCallbackIsStored() {
        server.cardLedger().open(new StoredValueCard("88880001", "", Money.parseYuan("20.00"), Money.ZERO));
        MerchantLink link = MerchantLink.builder().activeRequestUrl(base + "/washer/active-request")
                .callbackUrl(base + "/washer/callback").clock(clock).sleeper(d -> { })
                .timeouts(Duration.ofSeconds(5), Duration.ofSeconds(20)).build();
        SessionResult session = new PlatformScenarios(link, new CallbackBodies(clock)).washSession(4242L, "88880001");
        ActiveDecision d = session.decision();
        assertThat(d.violations()).isEmpty();
        assertThat(d.approved()).isTrue();
        assertThat(session.allDelivered()).isTrue();
        assertThat(server.cardLedger().find("88880001").orElseThrow().balance()).isEqualTo(Money.parseYuan("5.00"));
        // the platform repeats the same request: debited once
        link.swipeCard(4242L, "88880001");
        assertThat(server.cardLedger().history("88880001")).hasSize(1);
        assertThat(server.inbox().list(null, 500, 0)).anyMatch(e -> e.vendor().equals("washer")
                && e.eventType().equals(DomainEvent.WashFinished.class.getSimpleName()));
        ActiveDecision poor = link.swipeCard(4243L, "no-such-card");
        assertThat(poor.approved()).isFalse();
    }

    /**
     * Issue 12's sessions through the bundled server: the washer platform simulator swipes cards
     * at the server's active-request route (decided on the JDBC card ledger) and posts its
     * callbacks to the server's callback route (JDBC inbox); a {@link WasherDeviceController},
     * fed by the server's event delivery, sends the merchant's commands to the simulator's
     * control API.
     */
    @Test
    void washerCarWashAndPurifierSessionsRunEndToEndThroughTheServer() throws Exception {
        Secret secret = Secret.of("sim-secret-0123456789");
        MerchantLink link = MerchantLink.builder().activeRequestUrl(base + "/washer/active-request")
                .callbackUrl(base + "/washer/callback").clock(clock).sleeper(d -> { })
                .timeouts(Duration.ofSeconds(5), Duration.ofSeconds(20)).build();
        try (WasherCloudSimulator platform = new WasherCloudSimulator("open-sim", secret, clock, link).start()) {
            WasherClient client = WasherClient.builder().baseUrl(platform.server().baseUrl()).openId("open-sim")
                    .secret(secret).clock(clock).build();
            AtomicInteger orderNo = new AtomicInteger();
            WasherDeviceController controller = WasherDeviceController.builder(client)
                    .orderIds(() -> "ORD-" + orderNo.incrementAndGet()).build();
            devices.set(controller);
            try {
                // car wash: swipe → decision (card debited once) → lock → car parks → start → FINISH_WASH
                platform.addMachine(10074, WasherModel.ROLLOVER_1, "Rollover car washer 1-01");
                server.cardLedger().open(new StoredValueCard("6222000011112222", "", Money.parseYuan("100.00"), Money.ZERO));
                ActiveDecision swipe = platform.swipeCard(10074, "6222000011112222");
                assertThat(swipe.approved()).isTrue();
                assertThat(swipe.reply().balance()).isEqualTo(8500);
                assertThat(server.cardLedger().find("6222000011112222").orElseThrow().balance())
                        .isEqualTo(Money.parseYuan("85.00"));
                CommandResult lock = controller.execute(new DeviceCommand.StartWash("10074", 1));
                assertThat(lock.accepted()).isTrue();
                assertThat(platform.machine(10074).state()).isEqualTo(SimulatedMachine.State.LOCKED);
                platform.carParks(10074); // MACHINE_FA_CAR_CHANGE → inbox → delivery → controller starts
                Await.until("FINISH_WASH stored", () -> washerEvents("10074").contains("WashFinished"));
                platform.drainCallbacks();
                assertThat(washerEvents("10074")).containsExactly("CarPositionChanged", "WashFinished");
                assertThat(platform.machine(10074).starts()).isEqualTo(1);
                assertThat(platform.machine(10074).state()).isEqualTo(SimulatedMachine.State.IDLE);
                // the simulator may emit FINISH_WASH before the controller has seen the start's reply
                Await.until("the controller saw the start accepted", () -> controller.pendingStarts().isEmpty());
                assertThat(client.checkAdvOrder(new OrderFlowRequest(lock.reference())).advOrderList())
                        .extracting(x -> x.type()).containsExactly(LogType.RT_LOCK, LogType.RT_CONF, LogType.COM_WOK_FNS);
                assertThat(server.inbox().list(null, 500, 0)).filteredOn(e -> e.eventType().equals("WashFinished"))
                        .map(e -> server.inbox().find(e.id()).orElseThrow().eventJson())
                        .filteredOn(json -> json.contains(lock.reference())).hasSize(1);
                assertThat(server.cardLedger().history("6222000011112222")).hasSize(1);

                // purifier: swipe (500 ml at 0.10 per 100 ml debited) → CONSUME_READY → START_WATER → WORK_FINISH
                platform.addMachine(20001, WasherModel.WATER_PURIFIER_1, "Water purifier 1");
                server.cardLedger().open(new StoredValueCard("C-WATER", "", Money.parseYuan("20.00"), Money.ZERO));
                ActiveDecision water = platform.purifierSwipe(20001, "C-WATER");
                assertThat(water.approved()).isTrue();
                assertThat(water.reply().volume()).isEqualTo(500);
                assertThat(platform.machine(20001).state()).isEqualTo(SimulatedMachine.State.LOCKED);
                platform.pressWaterButton(20001);
                platform.waterFinished(20001, 400);
                platform.drainCallbacks();
                assertThat(server.cardLedger().find("C-WATER").orElseThrow().balance()).isEqualTo(Money.parseYuan("19.50"));
                assertThat(washerEvents("20001")).containsExactly("WaterReady", "WaterStarted", "WaterDispensed");
                assertThat(server.inbox().list(null, 500, 0)).filteredOn(e -> e.eventType().equals("WaterDispensed"))
                        .map(e -> server.inbox().find(e.id()).orElseThrow().eventJson())
                        .filteredOn(json -> json.contains("\"20001\"")).singleElement().asString()
                        .contains("\"volumeMl\":400").contains(water.orderId());
            } finally {
                devices.set(e -> { });
            }
        }
    }

    /** Event types the server stored for one washer machine, oldest first. */
    List<String> washerEvents(String deviceId) {
        List<String> out = new ArrayList<>();
        List<InboxEntry> all = new ArrayList<>(server.inbox().list(null, 1000, 0));
        java.util.Collections.reverse(all); // listed newest first
        for (InboxEntry listed : all) {
            if (!listed.vendor().equals("washer")) {
                continue;
            }
            InboxEntry e = server.inbox().find(listed.id()).orElseThrow(); // with its event
            if (e.eventJson() != null && e.eventJson().contains("\"" + deviceId + "\"")) {
                out.add(e.eventType());
            }
        }
        return out;
    }

    @Test
    void bluecardGeneralModeDispatchesOnMethodAndStoresTheSync() throws Exception {
        String sync = "{\"parkNumber\":\"" + PARK + "\",\"method\":\"fixedListUp\",\"size\":1,\"datas\":[{\"plate\":"
                + "\"京A12345\",\"fixedId\":7,\"operate\":\"1\",\"timeStamp\":\"1\",\"areasAndValidity\":[]}]}";
        String sign = BluecardSigner.sign(Secret.of("abc123"), PARK);
        HttpResponse<String> r = TestHttp.post(base + "/bluecard/general", sync, "sign", sign);
        assertThat(r.body()).startsWith("{\"status\":\"success\"");
        assertThat(server.inbox().idOf("bluecard:whitelist-sync:" + PARK + "/7:1:1")).isPresent();
        assertThat(TestHttp.post(base + "/bluecard/general", sync.replace("fixedListUp", "noSuchMethod"), "sign", sign)
                .body()).contains("method: expected");
    }

    @Test
    void readinessReportsAStaleVendorLinkUntilTheVendorCallsAgain() throws Exception {
        String hb = "{\"parkNumber\":\"" + PARK + "\",\"parkName\":\"蓝卡\",\"spaceCount\":400,"
                + "\"freeSpaceCount\":12,\"bookSpaceCount\":0,\"bookInParkCount\":0,\"areaList\":[]}";
        String sign = BluecardSigner.sign(Secret.of("abc123"), PARK);
        assertThat(TestHttp.post(base + "/bluecard/heartbeat", hb, "sign", sign).statusCode()).isEqualTo(200);
        assertThat(TestHttp.get(base + "/health/ready").body()).contains("\"heartbeat:bluecard\":{\"status\":\"UP\"");
        clock.advance(Duration.ofSeconds(61));
        HttpResponse<String> stale = TestHttp.get(base + "/health/ready");
        assertThat(stale.statusCode()).isEqualTo(503);
        assertThat(stale.body()).contains("\"heartbeat:bluecard\":{\"status\":\"DOWN\",\"detail\":"
                + "\"last successful call 61 s ago (max 60 s)\"}");
        assertThat(TestHttp.post(base + "/bluecard/heartbeat", hb, "sign", sign).statusCode()).isEqualTo(200);
        assertThat(TestHttp.get(base + "/health/ready").statusCode()).isEqualTo(200);
    }

    /** Inbox keys stored while {@code action} ran. */
    List<String> newKeys(Runnable action) {
        java.util.Set<String> before = new java.util.HashSet<>();
        server.inbox().list(null, 10_000, 0).forEach(e -> before.add(e.key()));
        action.run();
        List<String> out = new ArrayList<>();
        server.inbox().list(null, 10_000, 0).forEach(e -> {
            if (!before.contains(e.key())) {
                out.add(e.key());
            }
        });
        return out;
    }

    /** The push's reply (it must have come) and the inbox keys it stored. */
    record Pushed(Reply<?> reply, List<String> stored) {
        boolean success() {
            return reply.isSuccess();
        }
    }

    Pushed pushed(java.util.function.Supplier<java.util.Optional<Reply<?>>> push) {
        Reply<?>[] reply = new Reply<?>[1];
        List<String> stored = newKeys(() -> reply[0] = push.get().orElseThrow(() -> new AssertionError("no reply")));
        return new Pushed(reply[0], stored);
    }

    static String key(String kind, String id) {
        return "bluecard:" + kind + ":" + PARK + "/" + id;
    }

    /**
     * The Bluecard simulator pushes each of the 16 push interfaces to the server (per-URL mode,
     * and 4.28/4.31/4.32 again through the general-mode URL): one inbox row per record, a
     * resent push stores nothing new, a refused push is resent by the vendor's rule and then
     * stored once; payments and gate decisions are answered by the {@link PaymentProvider}
     * plugged into the server's builder, 4.13 by the module's default.
     */
    @Test
    void bluecardSimulatorPushesEveryPushInterfaceToTheServer() throws Exception {
        Secret key = Secret.of("abc123");
        // The simulator pushes to <target>/<wireName>; in general mode Bluecard posts every such
        // push to one URL, so the wire name goes into a query parameter the server ignores.
        try (BluecardSimulator sim = BluecardSimulator.builder().parkNumber(PARK).key(key).clock(clock)
                .pushTarget(base + "/bluecard").start();
                BluecardSimulator general = BluecardSimulator.builder().parkNumber(PARK).key(key).clock(clock)
                        .pushTarget(base + "/bluecard/general?push=").start()) {
            List<String> covered = new ArrayList<>();
            // 4.1: acknowledged, kept as link health (readiness), not stored
            Pushed hb = pushed(sim::sendHeartbeat);
            assertThat(hb.success()).isTrue();
            assertThat(hb.stored()).isEmpty();
            assertThat(TestHttp.get(base + "/health/ready").body()).contains("\"heartbeat:bluecard\":{\"status\":\"UP\"");
            covered.add("4.1");

            // 4.2: two vehicles, one push each, one row each; the same records resent as one batch store nothing
            String[] o = new String[2];
            List<String> entries = newKeys(() -> {
                o[0] = sim.vehicleEnters("京A12345", "东门入口");
                o[1] = sim.vehicleEnters("沪B54321", "东门入口");
                assertThat(sim.runDuePushes()).isEqualTo(2);
            });
            assertThat(entries).containsExactlyInAnyOrder(key("entry", o[0]), key("entry", o[1]));
            assertThat(sim.pendingPushes()).isZero();
            Pushed batch = pushed(() -> sim.push(BluecardInterface.CAR_IN, new EntryRecords.Request(PARK, 2,
                    List.of(sim.entryRecord(o[0]), sim.entryRecord(o[1])))));
            assertThat(batch.success()).isTrue();
            assertThat(batch.stored()).isEmpty();
            // a push the server refuses (wrong sign) is resent 10 s later by the vendor's rule, then stored once
            sim.wrongSignOnPushes(true);
            String[] third = new String[1];
            assertThat(newKeys(() -> {
                third[0] = sim.vehicleEnters("粤B11111", "东门入口");
                sim.runDuePushes();
            })).isEmpty();
            assertThat(sim.pendingPushes()).isEqualTo(1);
            sim.wrongSignOnPushes(false);
            clock.advance(Duration.ofSeconds(10));
            assertThat(newKeys(sim::runDuePushes)).containsExactly(key("entry", third[0]));
            assertThat(sim.pushAttempts()).extracting(a -> a.success()).endsWith(false, true);
            covered.add("4.2");

            String order = o[0];
            Pushed preExit = pushed(() -> sim.push(BluecardInterface.CHARGE_BEFORE_EXIT, new PreExitFee.Request(PARK,
                    "京A12345", order, "2.00", "0", "0", "0", "0", "2.00", "T1", "0", "0", "", "", "2019-12-09 16:00:00",
                    "", "o.jpg", "", "西门")));
            assertThat(preExit.success()).isTrue(); // the park's own calculation accepted
            assertThat(preExit.reply().datas()).asString().contains("payCharge=2.00");
            assertThat(preExit.stored()).isEmpty();
            covered.add("4.13");

            ImageUpload.Request image = new ImageUpload.Request(PARK, "1806490001_1.jpg^17", "aGVsbG8=");
            assertStoredOnce(sim, BluecardInterface.IMAGE_UPLOAD, image, key("image", "1806490001_1.jpg^17"));
            covered.add("4.14");
            ChargeRecords.Request charge = new ChargeRecords.Request(PARK, 1, List.of(new ChargeRecords.ChargeRecord(
                    "京A12345", "2019-12-09 15:00:00", "2019-12-09 16:00:00", "", "西门", "现金", "中央收费", order, "临时车",
                    "N-1", "", "2.00", "2.00", "0")));
            assertStoredOnce(sim, BluecardInterface.CHARGE_UPLOAD, charge, key("charge", "N-1"));
            covered.add("4.15");

            // payments, answered by the BluecardApplication plugged into the server's builder
            Pushed qr = pushed(() -> sim.push(BluecardInterface.QR_CODE, new QrCodeRequest.Request(PARK, "Q1", "2.00",
                    "京A12345")));
            assertThat(qr.success()).isTrue();
            assertThat(qr.reply().datas()).asString().contains("qrCode=https://pay.example/qr/Q1");
            assertThat(qr.stored()).isEmpty(); // a QR code is an offer, not a payment
            QrPaymentQuery.Request qrQuery = new QrPaymentQuery.Request(PARK, "Q1");
            Pushed qrPaid = pushed(() -> sim.push(BluecardInterface.QR_PAY_QUERY, qrQuery));
            assertThat(qrPaid.success()).isTrue();
            assertThat(qrPaid.reply().datas()).asString().contains("tradeNo=W-Q1").contains("totalFee=2.00");
            assertThat(qrPaid.stored()).containsExactly(key("payment", "Q1"));
            assertThat(pushed(() -> sim.push(BluecardInterface.QR_PAY_QUERY, qrQuery)).stored()).isEmpty(); // asked again
            covered.addAll(List.of("4.16", "4.17"));

            LaneInfo.Request lanes = new LaneInfo.Request(PARK, 1, List.of(new LaneInfo.Lane("1", "东门入口", "0", "1")));
            Pushed lane = pushed(() -> sim.push(BluecardInterface.LANE_INFO, lanes));
            assertThat(lane.success()).isTrue();
            assertThat(lane.stored()).singleElement().asString().startsWith(key("lane", "1:"));
            assertThat(pushed(() -> sim.push(BluecardInterface.LANE_INFO, lanes)).stored()).isEmpty();
            covered.add("4.21");

            // face-to-face: USERPAYING, polled until paid (second poll), stored once however often polled
            Pushed face = pushed(() -> sim.push(BluecardInterface.FACE_PAY, new FacePay.Request(PARK, "F1", "2.00",
                    "京A12345", "1345", order)));
            assertThat(face.reply().status()).isEqualTo("fail");
            assertThat(face.reply().errorCode()).isEqualTo("USERPAYING");
            assertThat(face.stored()).isEmpty();
            FacePayPoll.Request poll = new FacePayPoll.Request(PARK, "F1", "京A12345", order);
            Pushed paying = pushed(() -> sim.push(BluecardInterface.FACE_PAY_POLL, poll));
            assertThat(paying.reply().errorCode()).isEqualTo("USERPAYING");
            assertThat(paying.stored()).isEmpty();
            Pushed paid = pushed(() -> sim.push(BluecardInterface.FACE_PAY_POLL, poll));
            assertThat(paid.success()).isTrue();
            assertThat(paid.reply().datas()).asString().contains("tradeNo=TR-F1").contains("payCharge=2.00");
            assertThat(paid.stored()).containsExactly(key("payment", "F1"));
            Pushed again = pushed(() -> sim.push(BluecardInterface.FACE_PAY_POLL, poll));
            assertThat(again.success()).isTrue();
            assertThat(again.stored()).isEmpty();
            assertStoredOnce(sim, BluecardInterface.FACE_PAY_CANCEL, new FacePayCancel.Request(PARK, "F2", "京A12345",
                    order), key("facepay-cancelled", "F2"));
            LanePayment.Request lanePayment = new LanePayment.Request(PARK, "%E4%BA%ACA12345", "2.00", "L1");
            assertStoredOnce(sim, BluecardInterface.LANE_PAY, lanePayment, key("payment", "L1"));
            covered.addAll(List.of("4.24", "4.25", "4.26", "4.27"));

            // 4.28, 4.31, 4.32 per URL and in general mode
            for (BluecardSimulator via : List.of(sim, general)) {
                String n = via == sim ? "1" : "2";
                Pushed gate = pushed(() -> via.push(BluecardInterface.OPEN_GATE, new OpenGate.Request(PARK, "opengate",
                        "京A12345", "蓝色", "临时车", 100, "2019-12-09 16:00:00", "正门入口", 1, "地上")));
                assertThat(gate.success()).isTrue(); // the application opens the gate
                assertThat(gate.reply().errorCode()).isEqualTo("月租车");
                assertThat(gate.stored()).isEmpty();
                Pushed refused = pushed(() -> via.push(BluecardInterface.OPEN_GATE, new OpenGate.Request(PARK, "opengate",
                        "京X00000", "蓝色", "临时车", 100, "2019-12-09 16:00:00", "正门入口", 1, "地上")));
                assertThat(refused.reply().status()).isEqualTo("fail");
                assertThat(refused.reply().errorCode()).isEqualTo("黑名单车辆禁止入场");
                assertThat(refused.stored()).isEmpty();
                assertStoredOnce(via, BluecardInterface.PARKING_SPACE_FEE, new Renewals.Request(PARK, "parkingspacefee",
                        List.of(new Renewals.Renewal("京Q1NY80/京N830S1", "月租", "2019-12-09 16:00:00", "300.00", "A1", "1",
                                "2020-01-09 10:00:00", "R-" + n, "张三", "微信", "P-1")), 1), key("renewal", "R-" + n));
                assertStoredOnce(via, BluecardInterface.FIXED_LIST_UP, new WhitelistSync.Request(PARK, "fixedListUp",
                        List.of(new WhitelistSync.SyncedEntry("京A12345", 80 + Integer.parseInt(n), "不收费", "", "", "", "",
                                "蓝牌", "2019-01-01", "2019-12-31", "", "线上月租", "", "1547000000000", "1", List.of(), "1")), 1),
                        key("whitelist-sync", (80 + Integer.parseInt(n)) + ":1:1547000000000"));
            }
            covered.addAll(List.of("4.28", "4.31", "4.32"));

            // 4.3: the vehicle leaves after 90 minutes; the exit record carries the settled charge
            clock.advance(Duration.ofMinutes(90));
            List<String> exits = newKeys(() -> {
                sim.vehicleExits(order, "西门出口");
                sim.runDuePushes();
            });
            assertThat(exits).containsExactly(key("exit", order));
            long exitId = server.inbox().idOf(key("exit", order)).orElseThrow();
            assertThat(server.inbox().find(exitId).orElseThrow().eventType()).isEqualTo("VehicleExited");
            covered.add("4.3");

            assertThat(covered).containsExactlyInAnyOrderElementsOf(BluecardInterface.of(
                    io.parkbridge.protocol.bluecard.catalog.Direction.BLUECARD_TO_US).stream()
                    .map(BluecardInterface::section).toList());
            assertThat(covered).hasSize(16);
        }
    }

    /** Pushed twice: acknowledged both times, stored once under {@code expectedKey}. */
    void assertStoredOnce(BluecardSimulator sim, BluecardInterface api, Object body, String expectedKey) {
        Pushed first = pushed(() -> sim.push(api, body));
        assertThat(first.success()).as(api.label()).isTrue();
        assertThat(first.stored()).as(api.label()).containsExactly(expectedKey);
        Pushed resent = pushed(() -> sim.push(api, body));
        assertThat(resent.success()).as(api.label() + " resent").isTrue();
        assertThat(resent.stored()).as(api.label() + " resent").isEmpty();
    }

    @Test
    void vendorSectionsAreValidated() {
        ParkBridgeConfig c = ConfigLoader.defaults();
        c.vendors.put("carsafe", new ParkBridgeConfig.Vendor());
        c.vendors.put("washer", new ParkBridgeConfig.Vendor());
        assertThatThrownBy(() -> new ConfigLoader(k -> null).parse("vendors:\n  carsafe: {}\n  bluecard: {}\n"
                + "  washer: {}\n", false, "t")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("vendors.carsafe.keys.default: expected the signing key")
                .hasMessageContaining("vendors.bluecard.keys: expected at least one entry parkNumber: key")
                .hasMessageContaining("washer.schemes: expected a scheme with id 1");
    }
}
