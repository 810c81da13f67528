package io.parkbridge.adapter.http.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import io.parkbridge.core.fee.CapWindow;
import io.parkbridge.core.fee.ClassRule;
import io.parkbridge.core.fee.CouponPolicy;
import io.parkbridge.core.fee.FeeEngine;
import io.parkbridge.core.fee.Overtime;
import io.parkbridge.core.fee.Stay;
import io.parkbridge.core.fee.Tariff;
import io.parkbridge.core.fee.TimeSegment;
import io.parkbridge.core.fee.VehicleClass;
import io.parkbridge.core.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    private final ConfigLoader loader = new ConfigLoader(Map.of("ADMIN_TOKEN", "admin-token-0123456789abcdef",
            "HOOK_SECRET", "hook-secret-0123456789", "BC_SECRET", "bluecard-key-XYZ")::get);

    @TempDir
    Path dir;

    @Test
    void defaultsAreValidAndDocumented() {
        ParkBridgeConfig c = ConfigLoader.defaults();
        assertThat(c.server.port).isEqualTo(8080);
        assertThat(c.server.maxBodyBytes).isEqualTo(1_048_576);
        assertThat(c.database.url).isNull();
        assertThat(c.database.dataDir).isEqualTo("./data");
        assertThat(c.admin.token).isNull();
        assertThat(c.webhook).isNull();
        assertThat(c.server.zone).isEqualTo("Asia/Shanghai");
    }

    @Test
    void readsYamlWithEnvironmentSecrets() throws Exception {
        Path file = dir.resolve("parkbridge.yaml");
        Files.writeString(file, """
                server:
                  port: 9090
                  maxBodyBytes: 65536
                database:
                  url: jdbc:postgresql://db.internal:5432/parkbridge
                  username: parkbridge
                  password: ${DB_PASSWORD:-fallback-pw}
                admin:
                  token: ${ADMIN_TOKEN}
                webhook:
                  url: https://example.invalid/hooks
                  secret: ${HOOK_SECRET}
                vendors:
                  bluecard:
                    pathToken: abcdefghijklmnop1234
                    paths:
                      /bluecard/uploadCarIn: /bc/in
                    keys:
                      appId: P001
                      secret: ${BC_SECRET}
                    heartbeatMaxAgeSeconds: 300
                  washer:
                    enabled: false
                tariffs:
                  - id: day
                    freeMinutes: 30
                    unitMinutes: 60
                    unitPrice: "5.00"
                    dailyCap: "40"
                washer:
                  schemes:
                    - id: "1"
                      name: Quick wash
                      price: "15.00"
                      minutes: 8
                """);
        ParkBridgeConfig c = loader.load(file);
        assertThat(c.server.port).isEqualTo(9090);
        assertThat(c.database.password).isEqualTo("fallback-pw");
        assertThat(c.admin.token).isEqualTo("admin-token-0123456789abcdef");
        assertThat(c.webhook.secret).isEqualTo("hook-secret-0123456789");
        assertThat(c.vendors.get("bluecard").keys).containsEntry("secret", "bluecard-key-XYZ");
        assertThat(c.vendors.get("bluecard").paths).containsEntry("/bluecard/uploadCarIn", "/bc/in");
        assertThat(c.vendors.get("washer").enabled).isFalse();
        assertThat(c.tariffs.get(0).unitPrice).isEqualTo("5.00");
        io.parkbridge.core.fee.Tariff day = c.tariffs.get(0).toCore(java.time.ZoneId.of("Asia/Shanghai"));
        assertThat(day.name()).isEqualTo("day");
        assertThat(day.freePeriod()).isEqualTo(java.time.Duration.ofMinutes(30));
        assertThat(day.dailyCap()).isEqualTo(io.parkbridge.core.money.Money.parseYuan("40.00"));
        assertThat(day.segments().get(0).unitPrice()).isEqualTo(io.parkbridge.core.money.Money.parseYuan("5.00"));
        assertThat(c.washer.schemes.get(0).minutes).isEqualTo(8);
    }

    @Test
    void readsJson() throws Exception {
        Path file = dir.resolve("parkbridge.json");
        Files.writeString(file, "{\"server\":{\"port\":0,\"host\":\"127.0.0.1\"}}");
        assertThat(loader.load(file).server.port).isZero();
    }

    @Test
    void everyErrorNamesTheKeyAndTheExpectedValue() {
        String yaml = """
                server:
                  port: 70000
                  zone: Mars/Olympus
                  workerThreads: 0
                database:
                  url: mysql://x
                admin:
                  token: short-secret-value
                webhook:
                  url: ftp://x
                  secret: tiny
                vendors:
                  acme: {}
                  bluecard:
                    pathToken: "no spaces allowed here"
                tariffs:
                  - id: t
                    unitPrice: "12.345"
                """;
        assertThatThrownBy(() -> loader.parse(yaml, false, "test.yaml")).isInstanceOf(ConfigException.class)
                .satisfies(e -> {
                    ConfigException ce = (ConfigException) e;
                    assertThat(ce.errors()).contains(
                            "server.port: expected a port 0..65535 (0: any free port), got 70000",
                            "server.zone: expected a time-zone id such as Asia/Shanghai, got Mars/Olympus",
                            "server.workerThreads: expected 1..512, got 0",
                            "database.url: expected a jdbc:postgresql:... or jdbc:h2:... URL, got mysql://x",
                            "webhook.url: expected an http:// or https:// URL, got ftp://x",
                            "tariffs[0].unitPrice: expected a yuan amount such as 12.50 (at most two decimals), got 12.345");
                    assertThat(ce.errors()).anyMatch(s -> s.startsWith("admin.token: expected at least 24 characters")
                            && s.endsWith("got ****"));
                    assertThat(ce.errors()).anyMatch(s -> s.startsWith("webhook.secret: expected at least 16")
                            && s.endsWith("got ****"));
                    assertThat(ce.errors()).contains(
                            "vendors.acme: expected one of carsafe, welink, bluecard, washer, got acme",
                            "vendors.bluecard.pathToken: expected 16..128 of A-Z a-z 0-9 _ -, got ****");
                    assertThat(ce.getMessage()).doesNotContain("short-secret-value").doesNotContain("tiny")
                            .doesNotContain("no spaces allowed here");
                });
    }

    @Test
    void tariffIdsMustBeUnique() {
        assertThatThrownBy(() -> loader.parse("tariffs:\n  - {id: a, unitPrice: \"1\"}\n  - {id: a, unitPrice: \"2\"}\n",
                false, "t")).hasMessageContaining("tariffs[1].id: expected a unique id, got a twice");
    }

    @Test
    void unknownKeysTypesAndMissingVariablesAreRejected() {
        assertThatThrownBy(() -> loader.parse("server:\n  prot: 80\n", false, "t")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("server.prot: unknown key; expected one of [host, instanceName, maxBodyBytes,");
        assertThatThrownBy(() -> loader.parse("server:\n  port: eighty\n", false, "t"))
                .hasMessageContaining("server.port: expected a value of type int, got eighty");
        assertThatThrownBy(() -> loader.parse("admin:\n  token: ${NOT_SET_ANYWHERE}\n", false, "t"))
                .hasMessageContaining("admin.token: expected environment variable NOT_SET_ANYWHERE to be set");
        assertThatThrownBy(() -> loader.parse("server: [1, 2\n", false, "t"))
                .hasMessageContaining("(syntax): expected valid YAML");
    }
    static final String FULL_TARIFFS = """
            tariffs:
              - id: lot-a
                freeMinutes: 15
                freePeriodDeducted: true
                firstPeriodMinutes: 60
                firstPeriodPrice: "5.00"
                segments:
                  - {name: day, start: "08:00", end: "20:00", unitMinutes: 30, unitPrice: "1.00"}
                  - {name: night, start: "20:00", end: "08:00", unitMinutes: 60, unitPrice: "1.00", cap: "10.00"}
                dailyCap: "40.00"
                capWindow: CALENDAR_DAY
                overallCap: "300.00"
                graceMinutes: 20
                overtime: NEW_STAY
                classes:
                  LARGE: {pricePercent: 200}
                  NEW_ENERGY: {freeMinutes: 120}
                  MOTORCYCLE: {tariff: moto}
                coupons: {maxCoupons: 2, percentStacks: true}
              - id: moto
                freeMinutes: 0
                unitMinutes: 60
                unitPrice: "0.50"
            """;

    @Test
    void mapsTheWholeCoreTariffModel() throws Exception {
        ParkBridgeConfig c = loader.parse(FULL_TARIFFS, false, "t.yaml");
        ServerContextTariffs tariffs = new ServerContextTariffs(c);
        Tariff a = tariffs.get("lot-a");
        assertThat(a.name()).isEqualTo("lot-a");
        assertThat(a.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(a.freePeriod()).isEqualTo(Duration.ofMinutes(15));
        assertThat(a.freePeriodDeducted()).isTrue();
        assertThat(a.firstPeriod()).isEqualTo(Duration.ofMinutes(60));
        assertThat(a.firstPeriodPrice()).isEqualTo(Money.parseYuan("5.00"));
        assertThat(a.segments()).containsExactly(
                new TimeSegment("day", LocalTime.of(8, 0), LocalTime.of(20, 0), Duration.ofMinutes(30), Money.parseYuan("1.00"), null),
                new TimeSegment("night", LocalTime.of(20, 0), LocalTime.of(8, 0), Duration.ofMinutes(60), Money.parseYuan("1.00"),
                        Money.parseYuan("10.00")));
        assertThat(a.dailyCap()).isEqualTo(Money.parseYuan("40.00"));
        assertThat(a.capWindow()).isEqualTo(CapWindow.CALENDAR_DAY);
        assertThat(a.overallCap()).isEqualTo(Money.parseYuan("300.00"));
        assertThat(a.gracePeriod()).isEqualTo(Duration.ofMinutes(20));
        assertThat(a.overtime()).isEqualTo(Overtime.NEW_STAY);
        assertThat(a.couponPolicy()).isEqualTo(new CouponPolicy(2, true));
        assertThat(a.classRules().get(VehicleClass.LARGE)).isEqualTo(ClassRule.pricePercent(200));
        assertThat(a.classRules().get(VehicleClass.NEW_ENERGY)).isEqualTo(ClassRule.freePeriod(Duration.ofMinutes(120)));
        assertThat(a.classRules().get(VehicleClass.MOTORCYCLE).ownTariff()).isEqualTo(tariffs.get("moto"));
        // priced by the core engine: 08:00-11:00 local, 15 min free deducted, first hour 5.00,
        // then 08:15+60 = 09:15 to 11:00 = 105 min of day band = 4 started half hours = 4.00
        Instant in = Instant.parse("2026-03-02T00:00:00Z"); // 08:00 in Shanghai
        Instant out = in.plus(Duration.ofHours(3));
        FeeEngine engine = new FeeEngine();
        assertThat(engine.quote(a, Stay.of(in, out)).gross()).isEqualTo(Money.parseYuan("9.00"));
        assertThat(engine.quote(a, Stay.of(in, out, VehicleClass.LARGE)).gross()).isEqualTo(Money.parseYuan("18.00"));
        assertThat(engine.quote(a, Stay.of(in, out, VehicleClass.MOTORCYCLE)).gross()).isEqualTo(Money.parseYuan("1.50"));
    }

    /** The server's view of the configured tariffs. */
    record ServerContextTariffs(ParkBridgeConfig config) {
        Tariff get(String id) {
            return new io.parkbridge.adapter.http.ServerContext(null, null, null, null, java.time.Clock.systemUTC(),
                    ZoneId.of(config.server.zone), config).tariffs().get(id);
        }
    }

    @Test
    void tariffErrorsNameTheKey() {
        String yaml = """
                tariffs:
                  - id: a
                    capWindow: WEEKLY
                    overtime: LATER
                    segments:
                      - {name: day, start: "8am", end: "20:00", unitPrice: "1.00"}
                  - id: b
                    segments:
                      - {name: day, start: "08:00", end: "20:00", unitPrice: "1.00"}
                  - id: c
                    unitPrice: "1.00"
                    classes:
                      TRUCK: {pricePercent: 150}
                  - id: d
                    unitPrice: "1.00"
                    classes:
                      LARGE: {tariff: nowhere}
                  - id: e
                    freeMinutes: 10
                  - id: f
                    unitPrice: "1.00"
                    segments:
                      - {name: all, start: "00:00", end: "00:00", unitPrice: "1.00", cap: "5.00"}
                """;
        assertThatThrownBy(() -> loader.parse(yaml, false, "t")).isInstanceOf(ConfigException.class).satisfies(e ->
                assertThat(((ConfigException) e).errors()).contains(
                        "tariffs[0].capWindow: expected ROLLING_24H or CALENDAR_DAY, got WEEKLY",
                        "tariffs[0].overtime: expected UNITS_ONLY, NEW_STAY or CONTINUE, got LATER",
                        "tariffs[0].segments[0].start: expected a local time HH:mm such as 08:00, got 8am"));
        String semantic = yaml.substring(yaml.indexOf("  - id: b"));
        assertThatThrownBy(() -> loader.parse("tariffs:\n" + semantic, false, "t")).isInstanceOf(ConfigException.class)
                .satisfies(e -> {
                    java.util.List<String> errors = ((ConfigException) e).errors();
                    assertThat(errors).contains("tariffs[0].segments: a single segment must cover the whole day (start =="
                            + " end), got 08:00-20:00");
                    assertThat(errors).anyMatch(s -> s.startsWith("tariffs[1].classes.TRUCK: expected a vehicle class"));
                    assertThat(errors).contains("tariffs[2].classes.LARGE.tariff: expected the id of another configured"
                            + " tariff, got nowhere");
                    assertThat(errors).anyMatch(s -> s.startsWith("tariffs[3].unitPrice: expected a yuan amount"));
                    assertThat(errors).anyMatch(s -> s.startsWith("tariffs[4].unitPrice: expected nothing when segments"));
                });
    }

    @Test
    void errorsNeverEchoASecretGivenInTheWrongShapeOrInADatabaseUrl() {
        assertThatThrownBy(() -> loader.parse("vendors:\n  carsafe:\n    keys: hunter2-secret-key\n", false, "t"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("vendors.carsafe.keys: expected")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
        assertThatThrownBy(() -> loader.parse("database:\n  url: jdbc:mysql://h/db?user=u&password=hunter2\n", false,
                "t")).isInstanceOf(ConfigException.class).hasMessageContaining("database.url: expected")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2").contains("password=****"));
    }
}
