package io.parkbridge.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cards, inbox and completion against a local database in a temporary directory. */
class AdminCommandsTest {

    private static CliRunner in(Path dir, String... args) {
        return CliRunner.in(dir, "", Map.of(), args);
    }

    @Test
    void cardsOpenCreditDebitShowMaskedAndIdempotent(@TempDir Path dir) {
        assertThat(in(dir, "cards", "open", "8800123456", "--balance", "20.00", "--holder", "Ann").out())
                .isEqualTo("card ******3456 opened, balance 20.00 yuan\n");
        assertThat(in(dir, "cards", "credit", "8800123456", "5.50", "--order", "T1").out()).contains("ok, balance 25.50");
        assertThat(in(dir, "cards", "credit", "8800123456", "5.50", "--order", "T1").out()).contains("balance 25.50");
        CliRunner tooMuch = in(dir, "cards", "debit", "8800123456", "100.00", "--order", "D1");
        assertThat(tooMuch.exitCode()).isEqualTo(1);
        assertThat(tooMuch.out()).contains("InsufficientBalance");
        assertThat(in(dir, "cards", "debit", "8800123456", "0.50", "--order", "D2", "--json").out())
                .isEqualTo("{\"card\":\"******3456\",\"result\":\"ok\",\"balance\":\"25.00\"}\n");
        CliRunner show = in(dir, "cards", "show", "8800123456");
        assertThat(show.out()).contains("balance 25.00 yuan").contains("T1").contains("D2").doesNotContain("8800123456");
        assertThat(in(dir, "cards", "debit", "8800123456", "abc", "--order", "D3").exitCode()).isEqualTo(2);
        assertThat(in(dir, "cards", "show", "999", "--data-dir", "nowhere").exitCode()).isEqualTo(2);
    }

    @Test
    void inboxListShowReplayAfterTheDemoStoredEvents(@TempDir Path dir) {
        assertThat(in(dir, "demo", "--data-dir", "data").exitCode()).isZero();
        CliRunner list = in(dir, "inbox", "list");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("washer").contains("WashFinished").contains("carsafe").contains("message(s)");
        CliRunner show = in(dir, "inbox", "show", "1", "--json");
        assertThat(show.out()).contains("\"vendor\":\"washer\"").contains("\"rawBody\"");
        assertThat(in(dir, "inbox", "show", "999").exitCode()).isEqualTo(1);
        assertThat(in(dir, "inbox", "replay", "1", "--json").exitCode()).isZero();
        assertThat(in(dir, "inbox", "replay").exitCode()).isEqualTo(2);
    }

    @Test
    void completionScriptCoversTheCommands(@TempDir Path dir) {
        CliRunner r = in(dir, "completion");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("complete -F").contains("welink").contains("carsafe").contains("fee");
    }
}
