package io.parkbridge.adapter.cli;

import io.parkbridge.core.credential.CardMovement;
import io.parkbridge.core.credential.CardNumbers;
import io.parkbridge.core.credential.DebitResult;
import io.parkbridge.core.credential.StoredValueCard;
import io.parkbridge.core.money.InvalidAmountException;
import io.parkbridge.core.money.Money;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parkbridge cards ...}: stored-value cards in the local database. Card numbers are shown masked. */
@Command(name = "cards", mixinStandardHelpOptions = true,
        description = "Stored-value cards in the local database or a running server (--server); numbers shown masked.",
        subcommands = {CardsCommand.Open.class, CardsCommand.Show.class, CardsCommand.Credit.class,
                CardsCommand.Debit.class})
final class CardsCommand {

    static Money yuan(String option, String raw) {
        try {
            Money m = Money.parseYuan(raw);
            if (m.isNegative()) {
                throw new UsageException(option + ": expected zero or more, got " + raw);
            }
            return m;
        } catch (InvalidAmountException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }

    static Map<String, Object> json(StoredValueCard c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("card", CardNumbers.mask(c.cardNumber()));
        m.put("holder", c.holder());
        m.put("balance", c.balance().toYuanString());
        m.put("overdraftLimit", c.overdraftLimit().toYuanString());
        return m;
    }

    @Command(name = "open", mixinStandardHelpOptions = true, description = "Open a card with an opening balance.")
    static final class Open extends CliCommand {
        @Mixin
        AdminClient.Target store = new AdminClient.Target();

        @Parameters(paramLabel = "CARD", description = "The card number.")
        String card;

        @Option(names = "--balance", paramLabel = "YUAN", defaultValue = "0.00", description = "Opening balance.")
        String balance;

        @Option(names = "--holder", paramLabel = "NAME", defaultValue = "", description = "Card holder.")
        String holder;

        @Option(names = "--json", description = "Print the card as JSON.")
        boolean json;

        @Override
        public Integer call() {
            Money opening = yuan("--balance", balance);
            if (store.remote()) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("cardNumber", card);
                body.put("holder", holder);
                body.put("balance", opening.toYuanString());
                body.put("overdraftLimit", "0.00");
                AdminClient.print(this, store.client(ctx()).send("POST", "/admin/cards", body), json);
                return 0;
            }
            try (LocalStore s = store.local(ctx(), true)) {
                StoredValueCard c = s.cards().open(new StoredValueCard(card, holder, opening, Money.ZERO));
                if (json) {
                    printJson(json(c));
                } else {
                    out().printf("card %s opened, balance %s yuan%n", CardNumbers.mask(c.cardNumber()),
                            c.balance().toYuanString());
                }
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "A card's balance and movements.")
    static final class Show extends CliCommand {
        @Mixin
        AdminClient.Target store = new AdminClient.Target();

        @Parameters(paramLabel = "CARD", description = "The card number.")
        String card;

        @Option(names = "--json", description = "Print as JSON.")
        boolean json;

        @Override
        public Integer call() {
            if (store.remote()) {
                AdminClient admin = store.client(ctx());
                com.fasterxml.jackson.databind.node.ObjectNode m = CliCommand.JSON.createObjectNode();
                m.set("card", admin.get("/admin/cards/" + AdminClient.seg(card)));
                m.set("movements", admin.get("/admin/cards/" + AdminClient.seg(card) + "/history"));
                AdminClient.print(this, m, json);
                return 0;
            }
            try (LocalStore s = store.local(ctx(), false)) {
                StoredValueCard c = s.cards().find(card).orElseThrow(() -> new IllegalStateException(
                        "no card " + CardNumbers.mask(card)));
                List<CardMovement> history = s.cards().history(card);
                if (json) {
                    Map<String, Object> m = json(c);
                    List<Map<String, Object>> moves = new ArrayList<>();
                    for (CardMovement mv : history) {
                        Map<String, Object> x = new LinkedHashMap<>();
                        x.put("orderId", mv.orderId());
                        x.put("amount", mv.amount().toYuanString());
                        x.put("balanceAfter", mv.balanceAfter().toYuanString());
                        x.put("at", mv.at().toString());
                        moves.add(x);
                    }
                    m.put("movements", moves);
                    printJson(m);
                } else {
                    out().printf("card %s (%s) balance %s yuan%n", CardNumbers.mask(c.cardNumber()), c.holder(),
                            c.balance().toYuanString());
                    for (CardMovement mv : history) {
                        out().printf("  %s  %-28s %9s -> %9s%n", mv.at(), mv.orderId(), mv.amount().toYuanString(),
                                mv.balanceAfter().toYuanString());
                    }
                }
            }
            return 0;
        }
    }

    /** Shared body of credit and debit. */
    abstract static class Movement extends CliCommand {
        @Mixin
        AdminClient.Target store = new AdminClient.Target();

        @Parameters(index = "0", paramLabel = "CARD", description = "The card number.")
        String card;

        @Parameters(index = "1", paramLabel = "YUAN", description = "The amount.")
        String amount;

        @Option(names = "--order", paramLabel = "ID", required = true,
                description = "Order id: the same id is applied once (safe to repeat).")
        String order;

        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;

        abstract DebitResult apply(io.parkbridge.adapter.http.store.jdbc.JdbcCardLedger ledger, Money amount);

        @Override
        public Integer call() {
            Money m = yuan("YUAN", amount);
            if (!m.isPositive()) {
                throw new UsageException("YUAN: expected more than zero, got " + amount);
            }
            if (store.remote()) {
                if (!(this instanceof Credit)) {
                    throw new UsageException("--server: the admin API offers top-ups only; debits happen through the"
                            + " vendors' flows (or use the local database)");
                }
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("orderId", order);
                body.put("amount", m.toYuanString());
                AdminClient.print(this, store.client(ctx()).send("POST", "/admin/cards/" + AdminClient.seg(card) + "/top-up",
                        body), json);
                return 0;
            }
            try (LocalStore s = store.local(ctx(), false)) {
                DebitResult r = apply(s.cards(), m);
                String outcome;
                boolean ok;
                if (r instanceof DebitResult.Debited) {
                    outcome = "ok";
                    ok = true;
                } else {
                    outcome = r.getClass().getSimpleName();
                    ok = false;
                }
                StoredValueCard c = s.cards().find(card).orElse(null);
                if (json) {
                    Map<String, Object> x = new LinkedHashMap<>();
                    x.put("card", CardNumbers.mask(card));
                    x.put("result", outcome);
                    x.put("balance", c == null ? null : c.balance().toYuanString());
                    printJson(x);
                } else {
                    out().printf("card %s: %s, balance %s yuan%n", CardNumbers.mask(card), outcome,
                            c == null ? "-" : c.balance().toYuanString());
                }
                return ok ? 0 : ParkBridgeCli.EXIT_FAILURE;
            }
        }
    }

    @Command(name = "credit", mixinStandardHelpOptions = true, description = "Top up a card.")
    static final class Credit extends Movement {
        @Override
        DebitResult apply(io.parkbridge.adapter.http.store.jdbc.JdbcCardLedger ledger, Money m) {
            return ledger.credit(card, order, m);
        }
    }

    @Command(name = "debit", mixinStandardHelpOptions = true, description = "Charge a card.")
    static final class Debit extends Movement {
        @Override
        DebitResult apply(io.parkbridge.adapter.http.store.jdbc.JdbcCardLedger ledger, Money m) {
            return ledger.debit(card, order, m);
        }
    }
}
