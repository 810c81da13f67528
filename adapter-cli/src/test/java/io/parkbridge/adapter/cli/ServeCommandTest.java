package io.parkbridge.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {

    @Test
    void servesOnEmbeddedDefaultsForTheGivenTimeThenStops(@TempDir Path dir) {
        CliRunner r = CliRunner.in(dir, "", Map.of(), "serve", "--port", "0", "--data-dir", "db", "--duration", "300ms");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("ParkBridge listening on http://127\\.0\\.0\\.1:\\d+ \\(database .*db\\)")
                .contains("/washer/active-request").contains("/report/parkOutdata").contains("bluecard")
                .endsWith("ParkBridge stopped.\n");
        assertThat(Files.exists(dir.resolve("db"))).isTrue();
    }

    @Test
    void usageAndRuntimeErrors(@TempDir Path dir) {
        CliRunner badPort = CliRunner.in(dir, "", Map.of(), "serve", "--port", "70000");
        assertThat(badPort.exitCode()).isEqualTo(2);
        assertThat(badPort.err()).contains("--port: expected 0-65535").hasLineCount(1);

        CliRunner badDuration = CliRunner.in(dir, "", Map.of(), "serve", "--duration", "soon");
        assertThat(badDuration.exitCode()).isEqualTo(2);

        CliRunner config = CliRunner.in(dir, "", Map.of(), "serve", "--config", "server.yaml", "--duration", "1ms");
        assertThat(config.exitCode()).isEqualTo(1);
        assertThat(config.err()).contains("--config server.yaml").hasLineCount(1);
    }

    @Test
    void aConfigFileIsValidatedAndUsed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.yaml"), "server:\n  port: 99999\n");
        CliRunner bad = CliRunner.in(dir, "", Map.of(), "serve", "--config", "bad.yaml", "--duration", "1ms");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("server.port").hasLineCount(1);

        Files.writeString(dir.resolve("ok.yaml"), "server:\n  host: 127.0.0.1\n  port: 8080\n"
                + "database:\n  dataDir: ./ignored\nvendors:\n  carsafe:\n    keys:\n      default: ${CARSAFE_KEY}\n");
        CliRunner ok = CliRunner.in(dir, "", Map.of("CARSAFE_KEY", "k-from-env"), "serve", "--config", "ok.yaml",
                "--port", "0", "--data-dir", "db2", "--duration", "200ms");
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("/carsafe/report/parkOutdata").doesNotContain("/washer/").doesNotContain("k-from-env");
        assertThat(Files.exists(dir.resolve("db2"))).isTrue();
    }
}
