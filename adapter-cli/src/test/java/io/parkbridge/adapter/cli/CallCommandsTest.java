package io.parkbridge.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.parkbridge.core.credential.StoredValueCard;
import io.parkbridge.core.money.Money;
import io.parkbridge.protocol.bluecard.sim.BluecardSimulator;
import io.parkbridge.protocol.carsafe.client.CarsafeKeys;
import io.parkbridge.protocol.carsafe.sim.CarsafeSimulator;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.sim.SimulatorServer;
import io.parkbridge.protocol.washer.device.WasherModel;
import io.parkbridge.protocol.washer.sim.WasherCloudSimulator;
import io.parkbridge.protocol.welink.sim.WeLinkSimulator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The call verbs against the vendor simulators and our own server, all on 127.0.0.1. */
class CallCommandsTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Test
    void carsafeCallQueriesAFee() throws Exception {
        try (CarsafeSimulator sim = CarsafeSimulator.start(CarsafeKeys.single(Secret.of("111111")), Clock.system(ZONE))) {
            sim.vehicleEntered("粤B12345", LocalDateTime.now(ZONE).minusMinutes(90));
            CliRunner r = CliRunner.withInput("{\"credentialtype\":\"1\",\"credential\":\"粤B12345\","
                    + "\"calcendtime\":\"1970-01-01 00:00:00\"}\n", Map.of(CarsafeCommand.KEY_ENV, "111111"),
                    "carsafe", "call", "6.1", "--url", sim.baseUrl(), "--from", "PB", "--data", "-", "--json");
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).startsWith("{\"interface\":\"6.1\",\"status\":true").contains("parkcost");

            CliRunner wrongKey = CliRunner.withInput("", "carsafe", "call", "6.1", "--url", sim.baseUrl(), "--from", "PB",
                    "--key", "nope", "--data", "{\"credentialtype\":\"1\",\"credential\":\"粤B12345\",\"calcendtime\":\"1970-01-01 00:00:00\"}");
            assertThat(wrongKey.exitCode()).isEqualTo(1);
            assertThat(wrongKey.err()).startsWith("parkbridge: error: ").hasLineCount(1).doesNotContain("nope");
        }
        assertThat(CliRunner.run("carsafe", "call", "99.99", "--url", "http://127.0.0.1:1", "--from", "PB", "--key", "k")
                .exitCode()).isEqualTo(2);
    }

    @Test
    void bluecardCallAsksForSpaces() throws Exception {
        try (BluecardSimulator sim = BluecardSimulator.builder().parkNumber("P0001").key(Secret.of("kk"))
                .clock(Clock.systemUTC()).start()) {
            CliRunner r = CliRunner.run("bluecard", "call", "4.33", "--url", sim.baseUrl(), "--park", "P0001", "--key", "kk",
                    "--data", "{\"parkNumber\":\"P0001\",\"method\":\"getAllSpaceStatus\"}", "--json");
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).contains("\"status\"");
            CliRunner push = CliRunner.run("bluecard", "call", "4.2", "--url", sim.baseUrl(), "--park", "P0001", "--key", "kk");
            assertThat(push.exitCode()).isEqualTo(2);
            assertThat(push.err()).contains("simulate bluecard");
        }
    }

    @Test
    void welinkCallListsAreas() throws Exception {
        // The simulator checks the Timestamp window against its own clock: the CLI's (fixed) clock.
        try (WeLinkSimulator sim = WeLinkSimulator.builder()
                .clock(CliRunner.CLOCK).start()) {
            CliRunner r = CliRunner.withInput("", Map.of(WeLinkCommand.SECRET_ENV, WeLinkSimulator.DEMO_SECRET), "welink",
                    "call", "/info/areas", "--url", sim.baseUrl(), "--app-id", WeLinkSimulator.DEMO_APP_ID, "--park-id",
                    WeLinkSimulator.DEMO_PARK_ID);
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).contains("/api/info/areas").contains("A区");
        }
    }

    @Test
    void washerControlVerbsAgainstThePlatformSimulator() throws Exception {
        WasherCloudSimulator sim = new WasherCloudSimulator("oid", Secret.of("secret-0123456789"), Clock.systemUTC(), null);
        sim.addMachine(9001, WasherModel.ROLLOVER_1, "r1");
        sim.carParks(9001);
        try (SimulatorServer server = SimulatorServer.start("127.0.0.1", 0, sim)) {
            Map<String, String> env = Map.of(WasherCommand.SECRET_ENV, "secret-0123456789");
            String[] conn = {"--url", server.baseUrl(), "--open-id", "oid"};
            CliRunner status = CliRunner.withInput("", env, concat(new String[] {"washer", "status", "--iot-id", "9001"}, conn));
            assertThat(status.exitCode()).as(status.err()).isZero();
            assertThat(status.out()).contains("CHECK_STATUS");
            CliRunner lock = CliRunner.withInput("", env, concat(new String[] {"washer", "lock", "--iot-id", "9001",
                    "--model", "rt1", "--order", "O-1", "--json"}, conn));
            assertThat(lock.exitCode()).as(lock.err()).isZero();
            assertThat(lock.out()).contains("\"code\":0");
            CliRunner start = CliRunner.withInput("", env, concat(new String[] {"washer", "start", "--iot-id", "9001",
                    "--model", "rt1", "--order", "O-1"}, conn));
            assertThat(start.exitCode()).as(start.err()).isZero();
            CliRunner generic = CliRunner.withInput("", env, concat(new String[] {"washer", "call", "common/checkStatus",
                    "--data", "{\"iotId\":9001}"}, conn));
            assertThat(generic.exitCode()).as(generic.err()).isZero();
            CliRunner wrongSecret = CliRunner.withInput("", Map.of(WasherCommand.SECRET_ENV, "wrong-secret-000000"),
                    concat(new String[] {"washer", "status", "--iot-id", "9001"}, conn));
            assertThat(wrongSecret.exitCode()).isEqualTo(1);
        } finally {
            sim.close();
        }
    }

    @Test
    void washerRequestAndCallbackReachOurServer(@TempDir Path dir) {
        try (EmbeddedServer server = EmbeddedServer.create(EmbeddedServer.embeddedConfig(dir, 0), Clock.systemUTC())) {
            server.start();
            server.cards().open(new StoredValueCard("8800000001", "t", Money.parseYuan("16.00"), Money.ZERO));
            CliRunner ok = CliRunner.run("washer", "request", "--url", server.baseUrl(), "--card", "8800000001");
            assertThat(ok.exitCode()).as(ok.err()).isZero();
            assertThat(ok.out()).contains("CARD_WASH at 9001 -> HTTP 200, APPROVED");
            // The same swipe again (same machine, same call time: the CLI's clock is fixed) is debited once.
            CliRunner repeat = CliRunner.run("washer", "request", "--url", server.baseUrl(), "--card", "8800000001", "--json");
            assertThat(repeat.out()).contains("\"approved\":true").contains("\"balance\":100");
            assertThat(server.cards().find("8800000001").orElseThrow().balance()).isEqualTo(Money.parseYuan("1.00"));
            CliRunner unknown = CliRunner.run("washer", "request", "--url", server.baseUrl(), "--card", "8800000002", "--json");
            assertThat(unknown.out()).contains("\"approved\":false");
            CliRunner cb = CliRunner.run("washer", "callback", "--url", server.baseUrl(), "--type", "finish-wash",
                    "--order", "O-9");
            assertThat(cb.exitCode()).as(cb.err()).isZero();
            assertThat(cb.out()).startsWith("FINISH_WASH -> accepted");
            assertThat(CliRunner.run("washer", "callback", "--url", server.baseUrl(), "--type", "rain").exitCode())
                    .isEqualTo(2);
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
