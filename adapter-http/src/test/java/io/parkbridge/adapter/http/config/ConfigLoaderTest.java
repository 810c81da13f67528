package io.parkbridge.adapter.http.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
}
