package io.parkbridge.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Help, version, usage errors of the call verbs, and the progress bar's terminal rule. */
class GeneralCliTest {

    @Test
    void helpAndVersion() {
        CliRunner help = CliRunner.run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("demo").contains("serve").contains("simulate").contains("fee").contains("cards")
                .contains("passes").contains("inbox").contains("welink").contains("carsafe").contains("bluecard")
                .contains("washer").contains("completion");
        assertThat(CliRunner.run("--version").out()).startsWith("parkbridge ");
        assertThat(CliRunner.run("washer", "--help").out()).contains("sign").contains("request").contains("callback")
                .contains("status").contains("lock").contains("start").contains("call");
    }

    @Test
    void callVerbUsageErrorsAreExitTwoWithOneLine() {
        CliRunner welink = CliRunner.run("welink", "call", "/no/such", "--url", "http://127.0.0.1:1", "--app-id", "a",
                "--park-id", "p", "--secret", "s");
        assertThat(welink.exitCode()).isEqualTo(2);
        assertThat(welink.err()).contains("no WeLink endpoint").hasLineCount(1);

        CliRunner bluecard = CliRunner.run("bluecard", "call", "9.9", "--url", "http://127.0.0.1:1", "--park", "P", "--key", "k");
        assertThat(bluecard.exitCode()).isEqualTo(2);

        CliRunner washer = CliRunner.run("washer", "lock", "--url", "http://127.0.0.1:1", "--open-id", "o", "--secret",
                "0123456789abcdef", "--iot-id", "1", "--model", "wp1", "--order", "O");
        assertThat(washer.exitCode()).isEqualTo(2);
        assertThat(washer.err()).contains("--model").doesNotContain("0123456789abcdef");

        CliRunner badData = CliRunner.run("washer", "call", "CHECK_STATUS", "--url", "http://127.0.0.1:1", "--open-id", "o",
                "--secret", "0123456789abcdef", "--data", "{\"nope\":1}");
        assertThat(badData.exitCode()).isEqualTo(2);
        assertThat(badData.err()).contains("--data").hasLineCount(1);

        CliRunner badUrl = CliRunner.run("carsafe", "call", "6.1", "--url", "not a url", "--from", "PB", "--key", "k");
        assertThat(badUrl.exitCode()).isEqualTo(2);

        CliRunner unreachable = CliRunner.run("washer", "status", "--url", "http://127.0.0.1:1", "--open-id", "o",
                "--secret", "0123456789abcdef", "--iot-id", "1");
        assertThat(unreachable.exitCode()).isEqualTo(1);
        assertThat(unreachable.err()).startsWith("parkbridge: error: ").hasLineCount(1);
    }

    @Test
    void progressBarOnlyOnATerminal() {
        StringWriter tty = new StringWriter();
        Progress onTerminal = new Progress(context(true), new PrintWriter(tty, true), "simulating");
        onTerminal.show(Duration.ofSeconds(5), Duration.ofSeconds(10));
        onTerminal.done();
        assertThat(tty.toString()).contains("simulating [###############               ]  50% 5s/10s");

        StringWriter piped = new StringWriter();
        Progress quiet = new Progress(context(false), new PrintWriter(piped, true), "simulating");
        quiet.show(Duration.ofSeconds(5), Duration.ofSeconds(10));
        quiet.done();
        assertThat(piped.toString()).isEmpty();
    }

    private static CliContext context(boolean interactive) {
        return new CliContext(new ByteArrayInputStream(new byte[0]), Map.of(), CliRunner.CLOCK, Path.of("."), interactive);
    }
}
