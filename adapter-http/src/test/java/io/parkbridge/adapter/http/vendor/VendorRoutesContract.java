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
                .build();
        base = serving().start(server);
    }

    @AfterAll
    void stop() throws Exception {
        serving().stop();
        server.close();
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
