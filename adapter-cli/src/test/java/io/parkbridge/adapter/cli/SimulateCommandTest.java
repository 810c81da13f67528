package io.parkbridge.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Simulators for a short duration, playing scenarios against our own server on 127.0.0.1. */
class SimulateCommandTest {

    @Test
    void everySimulatorStartsAndStopsByItself() {
        for (String vendor : new String[] {"welink", "carsafe", "bluecard", "washer"}) {
            CliRunner r = CliRunner.run("simulate", vendor, "--duration", "100ms");
            assertThat(r.exitCode()).as(vendor + ": " + r.err()).isZero();
            assertThat(r.out()).as(vendor).contains("http://127.0.0.1:").endsWith("simulator stopped.\n");
        }
    }

    @Test
    void scenariosReachOurServer(@TempDir Path dir) {
        try (EmbeddedServer server = EmbeddedServer.create(EmbeddedServer.embeddedConfig(dir, 0), Clock.systemUTC())) {
            server.start();
            CliRunner bluecard = CliRunner.run("simulate", "bluecard", "--target", server.baseUrl(), "--duration", "100ms");
            assertThat(bluecard.exitCode()).as(bluecard.err()).isZero();
            assertThat(bluecard.out()).contains("stay 1: 京A10001").contains("entry pushed 1, exit pushed 1");

            CliRunner carsafe = CliRunner.run("simulate", "carsafe", "--target", server.baseUrl(), "--duration", "100ms");
            assertThat(carsafe.out()).contains("push 1 (13.3 exit): acknowledged");

            server.cards().open(new io.parkbridge.core.credential.StoredValueCard("8800123456", "t",
                    io.parkbridge.core.money.Money.parseYuan("20.00"), io.parkbridge.core.money.Money.ZERO));
            CliRunner washer = CliRunner.run("simulate", "washer", "--target", server.baseUrl(), "--scenario", "wash",
                    "--duration", "100ms");
            assertThat(washer.out()).contains("session 1: CARD_WASH at 9001 -> APPROVED")
                    .contains("callback FINISH_WASH -> accepted");
            assertThat(server.cards().find("8800123456").orElseThrow().balance().toYuanString()).isEqualTo("5.00");
            assertThat(server.inbox().count()).isEqualTo(4);
        }
    }

    @Test
    void usageErrors() {
        assertThat(CliRunner.run("simulate", "parking-meter").exitCode()).isEqualTo(2);
        CliRunner remote = CliRunner.run("simulate", "carsafe", "--target", "http://example.com", "--duration", "1ms");
        assertThat(remote.exitCode()).isEqualTo(2);
        assertThat(remote.err()).contains("loopback").hasLineCount(1);
        CliRunner welinkTarget = CliRunner.run("simulate", "welink", "--target", "http://127.0.0.1:1", "--duration", "1ms");
        assertThat(welinkTarget.exitCode()).isEqualTo(2);
        CliRunner badScenario = CliRunner.run("simulate", "washer", "--target", "http://127.0.0.1:1", "--scenario", "dance");
        assertThat(badScenario.exitCode()).isEqualTo(2);
        assertThat(badScenario.err()).contains("[wash, purifier]");
    }
}
