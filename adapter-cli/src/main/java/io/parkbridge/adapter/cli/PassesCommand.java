package io.parkbridge.adapter.cli;

import io.parkbridge.core.credential.Pass;
import io.parkbridge.core.plate.InvalidPlateException;
import io.parkbridge.core.plate.Plate;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parkbridge passes ...}: monthly passes (plates, validity, areas) in the local database or a running server. */
@Command(name = "passes", mixinStandardHelpOptions = true,
        description = "Passes (monthly/long-term) in the local database or a running server (--server).",
        subcommands = {PassesCommand.Add.class, PassesCommand.ListCmd.class, PassesCommand.Remove.class})
final class PassesCommand {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static Plate plate(String raw) {
        try {
            return Plate.parse(raw);
        } catch (InvalidPlateException e) {
            throw new UsageException("--plate: " + e.getMessage());
        }
    }

    static Map<String, Object> json(Pass p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("plates", p.plates().stream().map(Plate::number).sorted().toList());
        m.put("validFrom", p.validFrom().toString());
        m.put("validTo", p.validTo().toString());
        m.put("areas", p.areas().stream().sorted().toList());
        m.put("holder", p.holder());
        return m;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Save a pass (replaces one with the same id).")
    static final class Add extends CliCommand {
        @Mixin
        AdminClient.Target store = new AdminClient.Target();

        @Parameters(paramLabel = "ID", description = "The pass id.")
        String id;

        @Option(names = "--plate", paramLabel = "PLATE", required = true, description = "A plate it covers; repeat for more.")
        List<String> plates;

        @Option(names = "--from", paramLabel = "T", required = true, description = "Valid from ('yyyy-MM-dd HH:mm' Asia/Shanghai, or ISO).")
        String from;

        @Option(names = "--to", paramLabel = "T", required = true, description = "Valid until.")
        String to;

        @Option(names = "--area", paramLabel = "A", description = "An area it is valid in; repeat; none = every area.")
        List<String> areas = new ArrayList<>();

        @Option(names = "--holder", paramLabel = "NAME", defaultValue = "", description = "Holder.")
        String holder;

        @Option(names = "--json", description = "Print the pass as JSON.")
        boolean json;

        @Override
        public Integer call() {
            Set<Plate> ps = new LinkedHashSet<>();
            plates.forEach(p -> ps.add(plate(p)));
            Instant f = FeeCommand.Quote.instant("--from", from, ZONE);
            Instant t = FeeCommand.Quote.instant("--to", to, ZONE);
            Pass pass;
            try {
                pass = new Pass(id, ps, f, t, Set.copyOf(areas), holder);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            if (store.remote()) {
                Map<String, Object> body = json(pass);
                body.remove("id");
                AdminClient.print(this, store.client(ctx()).send("PUT", "/admin/passes/" + AdminClient.seg(id), body), json);
                return 0;
            }
            try (LocalStore s = store.local(ctx(), true)) {
                s.passes().save(pass);
            }
            if (json) {
                printJson(json(pass));
            } else {
                out().printf("pass %s saved: %s, %s -> %s%n", id, json(pass).get("plates"), pass.validFrom(), pass.validTo());
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The passes of a plate.")
    static final class ListCmd extends CliCommand {
        @Mixin
        AdminClient.Target store = new AdminClient.Target();

        @Option(names = "--plate", paramLabel = "PLATE", required = true, description = "The plate.")
        String plate;

        @Option(names = "--json", description = "Print a JSON array.")
        boolean json;

        @Override
        public Integer call() {
            Plate p = plate(plate);
            if (store.remote()) {
                AdminClient.print(this, store.client(ctx()).get("/admin/passes?plate=" + AdminClient.seg(p.number())), json);
                return 0;
            }
            try (LocalStore s = store.local(ctx(), false)) {
                List<Pass> found = s.passes().findByPlate(p);
                if (json) {
                    printJson(found.stream().map(PassesCommand::json).toList());
                } else {
                    for (Pass x : found) {
                        out().printf("%s  %s -> %s  %s  %s%n", x.id(), x.validFrom(), x.validTo(),
                                json(x).get("plates"), x.holder());
                    }
                    out().printf("%d pass(es)%n", found.size());
                }
            }
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a pass.")
    static final class Remove extends CliCommand {
        @Mixin
        AdminClient.Target store = new AdminClient.Target();

        @Parameters(paramLabel = "ID", description = "The pass id.")
        String id;

        @Override
        public Integer call() {
            if (store.remote()) {
                AdminClient.print(this, store.client(ctx()).send("DELETE", "/admin/passes/" + AdminClient.seg(id), null), false);
                return 0;
            }
            try (LocalStore s = store.local(ctx(), false)) {
                if (!s.passes().remove(id)) {
                    throw new IllegalStateException("no pass " + id);
                }
            }
            out().printf("pass %s removed%n", id);
            return 0;
        }
    }
}
