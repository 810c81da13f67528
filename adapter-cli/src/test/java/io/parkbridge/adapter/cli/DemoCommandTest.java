package io.parkbridge.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoCommandTest {

    @Test
    void demoRunsToTheEndAndReportsEachStep() {
        CliRunner r = CliRunner.run("demo");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("粤B12345 (ORDINARY)").contains("\"12.5\" yuan -> 1250 fen").endsWith("Done.\n");
    }

    @Test
    void unknownCommandIsAUsageError() {
        CliRunner r = CliRunner.run("no-such-command");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Unmatched argument");
        assertThat(r.out()).isEmpty();
    }
}
