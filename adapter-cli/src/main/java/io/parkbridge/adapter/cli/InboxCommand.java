package io.parkbridge.adapter.cli;

import io.parkbridge.adapter.http.store.jdbc.InboxEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parkbridge inbox ...}: the durable inbox of received vendor messages in the local database. */
@Command(name = "inbox", mixinStandardHelpOptions = true,
        description = "Received vendor messages (the durable inbox) in the local database or a running server (--server).",
        subcommands = {InboxCommand.ListCmd.class, InboxCommand.Show.class, InboxCommand.Replay.class})
final class InboxCommand {

    static Map<String, Object> json(InboxEntry e, boolean full) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("key", e.key());
        m.put("vendor", e.vendor());
        m.put("interface", e.interfaceName());
        m.put("eventType", e.eventType());
        m.put("receivedAt", e.receivedAt().toString());
        List<Map<String, Object>> deliveries = new ArrayList<>();
        for (InboxEntry.Delivery d : e.deliveries()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("sink", d.sink());
            x.put("status", d.status());
            x.put("attempts", d.attempts());
            x.put("lastError", d.lastError());
            deliveries.add(x);
        }
        m.put("deliveries", deliveries);
        if (full) {
            m.put("event", e.eventJson());
            m.put("rawBody", e.rawBody());
        }
        return m;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Messages, newest first.")
    static final class ListCmd extends CliCommand {
        @Mixin
        AdminClient.Target store = new AdminClient.Target();

        @Option(names = "--status", paramLabel = "S", description = "Only messages with a delivery in this status (e.g. DEAD).")
        String status;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N (default ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--json", description = "Print a JSON array.")
        boolean json;

        @Override
        public Integer call() {
            if (limit < 1 || limit > 10_000) {
                throw new UsageException("--limit: expected 1-10000, got " + limit);
            }
            if (store.remote()) {
                String q = "?limit=" + limit + (status == null ? "" : "&status=" + AdminClient.seg(status));
                AdminClient.print(this, store.client(ctx()).get("/admin/inbox" + q), json);
                return 0;
            }
            try (LocalStore s = store.local(ctx(), false)) {
                List<InboxEntry> entries = s.inbox().list(status, limit, 0);
                if (json) {
                    printJson(entries.stream().map(e -> json(e, false)).toList());
                } else {
                    for (InboxEntry e : entries) {
                        out().printf("#%-5d %s  %-8s %-24s %s%n", e.id(), e.receivedAt(), e.vendor(), e.eventType(),
                                e.interfaceName());
                    }
                    out().printf("%d message(s)%n", entries.size());
                }
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One message with its event and raw body.")
    static final class Show extends CliCommand {
        @Mixin
        AdminClient.Target store = new AdminClient.Target();

        @Parameters(paramLabel = "ID", description = "The message id (from 'inbox list').")
        long id;

        @Option(names = "--json", description = "Print as JSON.")
        boolean json;

        @Override
        public Integer call() {
            if (store.remote()) {
                AdminClient.print(this, store.client(ctx()).get("/admin/inbox/" + id), json);
                return 0;
            }
            try (LocalStore s = store.local(ctx(), false)) {
                InboxEntry e = s.inbox().find(id).orElseThrow(() -> new IllegalStateException("no inbox message #" + id));
                if (json) {
                    printJson(json(e, true));
                } else {
                    out().printf("#%d %s %s (%s) received %s%n", e.id(), e.vendor(), e.eventType(), e.interfaceName(),
                            e.receivedAt());
                    out().println("key:   " + e.key());
                    for (InboxEntry.Delivery d : e.deliveries()) {
                        out().printf("delivery to %s: %s after %d attempt(s)%s%n", d.sink(), d.status(), d.attempts(),
                                d.lastError() == null ? "" : ", last error: " + d.lastError());
                    }
                    out().println("event: " + e.eventJson());
                    out().println("body:  " + e.rawBody());
                }
            }
            return 0;
        }
    }

    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = "Deliver a message again to every sink (or all dead letters with --dead).")
    static final class Replay extends CliCommand {
        @Mixin
        AdminClient.Target store = new AdminClient.Target();

        @Parameters(paramLabel = "ID", arity = "0..1", description = "The message id.")
        Long id;

        @Option(names = "--dead", description = "Replay every dead letter.")
        boolean dead;

        @Option(names = "--json", description = "Print {\"replayed\":N}.")
        boolean json;

        @Override
        public Integer call() {
            if ((id == null) == !dead) {
                throw new UsageException("expected a message ID or --dead (one of them)");
            }
            if (store.remote()) {
                AdminClient.print(this, store.client(ctx()).send("POST", dead ? "/admin/dead-letters/replay"
                        : "/admin/inbox/" + id + "/replay", null), json);
                return 0;
            }
            try (LocalStore s = store.local(ctx(), false)) {
                int n = dead ? s.deliveries().replayDeadLetters(ctx().clock().instant())
                        : s.deliveries().replay(id, ctx().clock().instant());
                if (json) {
                    printJson(Map.of("replayed", n));
                } else {
                    out().printf("%d deliver%s scheduled again (a running server picks them up)%n", n, n == 1 ? "y" : "ies");
                }
            }
            return 0;
        }
    }
}
