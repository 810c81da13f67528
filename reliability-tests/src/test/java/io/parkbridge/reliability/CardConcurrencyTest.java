package io.parkbridge.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.parkbridge.adapter.http.store.jdbc.Database;
import io.parkbridge.adapter.http.store.jdbc.DatabaseSettings;
import io.parkbridge.adapter.http.store.jdbc.JdbcCardLedger;
import io.parkbridge.core.credential.CardMovement;
import io.parkbridge.core.credential.DebitResult;
import io.parkbridge.core.credential.StoredValueCard;
import io.parkbridge.core.money.Money;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 1,000 parallel debits on ONE card through the JDBC ledger, 400 distinct order ids each sent 2
 * or 3 times, more than the balance allows: the final balance is exact, never below the floor,
 * and each order is debited once. On H2 and on PostgreSQL.
 */
class CardConcurrencyTest {
    private static final int CALLS = 1_000;
    private static final int ORDERS = 400;
    private static final Money AMOUNT = Money.parseYuan("1.00");
    private static final Money OPENING = Money.parseYuan("250.00");
    private static final Money OVERDRAFT = Money.parseYuan("50.00");

    @TempDir
    Path dir;

    @Test
    void h2() throws Exception {
        try (Database db = Database.open(new DatabaseSettings("jdbc:h2:file:" + dir.resolve("cards").toAbsolutePath()
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE", "sa", null, null, 20))) {
            run(db, "H2");
        }
    }

    @Test
    void postgres() throws Exception {
        String schema = Postgres.requireSchema();
        try (Database db = Database.open(Postgres.settings(schema))) {
            run(db, "PostgreSQL");
        } finally {
            Postgres.drop(schema);
        }
    }

    private void run(Database db, String name) throws Exception {
        JdbcCardLedger ledger = new JdbcCardLedger(db, Clock.systemUTC());
        String card = Known.CARDS.get(1);
        ledger.open(new StoredValueCard(card, "reliability", OPENING, OVERDRAFT));
        List<String> calls = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            calls.add("order-" + (i % ORDERS)); // 400 orders: 200 sent 3 times, 200 twice
        }
        java.util.Collections.shuffle(calls, new java.util.Random(7));
        ConcurrentLinkedQueue<DebitResult> results = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (String order : calls) {
            futures.add(pool.submit(() -> {
                start.await();
                results.add(ledger.debit(card, order, AMOUNT));
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        long debited = results.stream().filter(r -> r instanceof DebitResult.Debited d && !d.repeated()).count();
        long repeats = results.stream().filter(r -> r instanceof DebitResult.Debited d && d.repeated()).count();
        long refused = results.stream().filter(r -> r instanceof DebitResult.InsufficientBalance).count();
        long other = results.size() - debited - repeats - refused;
        Money floor = Money.ZERO.minus(OVERDRAFT);
        long possible = (OPENING.fen() + OVERDRAFT.fen()) / AMOUNT.fen(); // 300 orders fit
        List<CardMovement> history = ledger.history(card);
        Set<String> distinct = new HashSet<>();
        history.forEach(m -> distinct.add(m.orderId()));
        Money balance = ledger.find(card).orElseThrow().balance();
        long duplicated = history.size() - distinct.size();
        Summary.add("card debits, 1,000 parallel / 400 orders (" + name + ")", CALLS, results.size() - other,
                history.size(), -1, duplicated, debited + " debited, " + repeats + " repeats acknowledged, " + refused
                        + " refused; balance " + balance.toYuanString());

        assertThat(results).hasSize(CALLS);
        assertThat(other).as("unexpected results").isZero();
        assertThat(debited).as("orders debited").isEqualTo(possible);
        assertThat(history).hasSize((int) possible);
        assertThat(duplicated).as("an order debited twice").isZero();
        assertThat(balance).isEqualTo(OPENING.minus(AMOUNT.times(possible)));
        assertThat(balance.compareTo(floor)).as("balance below the floor").isGreaterThanOrEqualTo(0);
        assertThat(balance).isEqualTo(floor);
        history.forEach(m -> assertThat(m.balanceAfter().compareTo(floor)).isGreaterThanOrEqualTo(0));
    }
}
