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
        // A second demo on the kept directory carries on with the same card.
        CliRunner again = in(dir, "demo", "--data-dir", "data");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("kept from an earlier run").contains("card ******3456 balance: 10.00 yuan");
    }

    @Test
    void passesAddListRemoveLocally(@TempDir Path dir) {
        CliRunner add = in(dir, "passes", "add", "M-1", "--plate", "粤B12345", "--plate", "粤B12346D", "--from",
                "2026-03-01 00:00", "--to", "2026-04-01 00:00", "--holder", "Ann", "--json");
        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.out()).contains("\"validFrom\":\"2026-02-28T16:00:00Z\"");
        assertThat(in(dir, "passes", "list", "--plate", "粤B12345").out()).contains("M-1").contains("1 pass(es)");
        assertThat(in(dir, "passes", "remove", "M-1").exitCode()).isZero();
        assertThat(in(dir, "passes", "list", "--plate", "粤B12345").out()).contains("0 pass(es)");
        assertThat(in(dir, "passes", "remove", "M-1").exitCode()).isEqualTo(1);
        assertThat(in(dir, "passes", "add", "M-2", "--plate", "XX", "--from", "2026-03-01 00:00", "--to", "2026-04-01 00:00")
                .exitCode()).isEqualTo(2);
    }

    @Test
    void theSameCommandsAgainstARunningServersAdminApi(@TempDir Path dir) {
        var cfg = EmbeddedServer.embeddedConfig(dir.resolve("server-db"), 0);
        cfg.admin.token = "admin-token-0123456789abcdef";
        try (EmbeddedServer server = EmbeddedServer.create(cfg, java.time.Clock.systemUTC())) {
            server.start();
            Map<String, String> env = Map.of(AdminClient.TOKEN_ENV, "admin-token-0123456789abcdef");
            String url = server.baseUrl();
            CliRunner open = CliRunner.in(dir, "", env, "cards", "open", "8800777777", "--balance", "10.00", "--server", url);
            assertThat(open.exitCode()).as(open.err()).isZero();
            CliRunner topUp = CliRunner.in(dir, "", env, "cards", "credit", "8800777777", "2.50", "--order", "T-1",
                    "--server", url, "--json");
            assertThat(topUp.exitCode()).as(topUp.err()).isZero();
            assertThat(server.cards().find("8800777777").orElseThrow().balance().toYuanString()).isEqualTo("12.50");
            CliRunner show = CliRunner.in(dir, "", env, "cards", "show", "8800777777", "--server", url, "--json");
            assertThat(show.out()).contains("12.50").contains("T-1");
            assertThat(CliRunner.in(dir, "", env, "cards", "debit", "8800777777", "1.00", "--order", "D", "--server", url)
                    .exitCode()).isEqualTo(2);
            CliRunner pass = CliRunner.in(dir, "", env, "passes", "add", "M-9", "--plate", "粤B12345", "--from",
                    "2026-03-01 00:00", "--to", "2026-04-01 00:00", "--server", url);
            assertThat(pass.exitCode()).as(pass.err()).isZero();
            assertThat(server.server().passes().find("M-9")).isPresent();
            CliRunner inbox = CliRunner.in(dir, "", env, "inbox", "list", "--server", url, "--json");
            assertThat(inbox.exitCode()).as(inbox.err()).isZero();
            CliRunner badToken = CliRunner.in(dir, "", Map.of(AdminClient.TOKEN_ENV, "wrong-token-0123456789abcdef"),
                    "inbox", "list", "--server", url);
            assertThat(badToken.exitCode()).isEqualTo(1);
            assertThat(badToken.err()).contains("refused the admin token").doesNotContain("wrong-token");
        }
    }

    @Test
    void completionScriptCoversTheCommands(@TempDir Path dir) {
        CliRunner r = in(dir, "completion");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("complete -F").contains("welink").contains("carsafe").contains("fee");
    }
}
