package io.parkbridge.adapter.http.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parkbridge.adapter.http.json.EventJson;
import io.parkbridge.core.credential.CardMovement;
import io.parkbridge.core.credential.DebitResult;
import io.parkbridge.core.credential.ListEntry;
import io.parkbridge.core.credential.ListKind;
import io.parkbridge.core.credential.Pass;
import io.parkbridge.core.credential.StoredValueCard;
import io.parkbridge.core.event.DomainEvent;
import io.parkbridge.core.money.Money;
import io.parkbridge.core.plate.Plate;
import io.parkbridge.core.port.Inbox;
import io.parkbridge.core.port.InboxMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The one repository suite; {@link H2RepositoryTest} and {@link PostgresRepositoryTest} run it
 * on real databases. Each test uses its own keys, so tests share one schema per class.
 */
abstract class RepositoryContract {
    static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    abstract Database db();

    private static int seq;

    static synchronized String unique(String prefix) {
        return prefix + (++seq) + "-" + System.nanoTime();
    }

    static InboxMessage message(String key) {
        DomainEvent event = new DomainEvent.VehicleEntered(key, "bluecard", T0, "P1", Plate.parse("京A12345"), "L1",
                "rec-" + key, List.of("http://img/1.jpg"));
        return new InboxMessage("bluecard", "4.2 uploadCarIn", key, "{\"plate\":\"京A12345\"}",
                Map.of("Content-Type", "application/json"), T0, event);
    }

    @Test
    void inboxStoresOnceAndQueuesOneDeliveryPerSink() throws Exception {
        JdbcInbox inbox = new JdbcInbox(db(), CLOCK, List.of("java", "webhook"));
        String key = unique("bluecard:entry:");
        assertThat(inbox.accept(message(key))).isEqualTo(Inbox.Acceptance.ACCEPTED);
        assertThat(inbox.accept(message(key))).isEqualTo(Inbox.Acceptance.DUPLICATE);
        try (Connection c = db().connection();
                PreparedStatement ps = c.prepareStatement("SELECT i.event_json, i.raw_body, i.vendor, COUNT(d.id)"
                        + " FROM pb_inbox i JOIN pb_delivery d ON d.inbox_id = i.id WHERE i.message_key = ?"
                        + " GROUP BY i.event_json, i.raw_body, i.vendor")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(EventJson.read(rs.getString(1))).isEqualTo(message(key).event());
                assertThat(rs.getString(2)).isEqualTo("{\"plate\":\"京A12345\"}");
                assertThat(rs.getString(3)).isEqualTo("bluecard");
                assertThat(rs.getLong(4)).isEqualTo(2);
                assertThat(rs.next()).isFalse();
            }
        }
    }

    @Test
    void concurrentDuplicatesStoreExactlyOneRow() throws Exception {
        JdbcInbox inbox = new JdbcInbox(db(), CLOCK, List.of("java"));
        String key = unique("carsafe:exit:");
        int threads = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Inbox.Acceptance>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return inbox.accept(message(key));
                }));
            }
            go.countDown();
            int accepted = 0;
            for (Future<Inbox.Acceptance> f : results) {
                accepted += f.get(30, TimeUnit.SECONDS) == Inbox.Acceptance.ACCEPTED ? 1 : 0;
            }
            assertThat(accepted).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        try (Connection c = db().connection();
                PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM pb_inbox WHERE message_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(1);
            }
        }
    }

    static GroupCommit.Row row(String key) {
        InboxMessage m = message(key);
        return new GroupCommit.Row(m, EventJson.typeName(m.event()), "{}", EventJson.write(m.event()));
    }

    long count(String sql, String key) throws Exception {
        try (Connection c = db().connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    long rows(String keyPrefix) throws Exception {
        return count("SELECT COUNT(*) FROM pb_inbox WHERE message_key LIKE ?", keyPrefix + "%");
    }

    long deliveries(String keyPrefix) throws Exception {
        return count("SELECT COUNT(*) FROM pb_delivery d JOIN pb_inbox i ON i.id = d.inbox_id"
                + " WHERE i.message_key LIKE ?", keyPrefix + "%");
    }

    @Test
    void concurrentStoresAreEachAcknowledgedOnceAndStoredOnce() throws Exception {
        JdbcInbox inbox = new JdbcInbox(db(), CLOCK, List.of("java"));
        List<String> told = java.util.Collections.synchronizedList(new ArrayList<>());
        inbox.onAccepted(m -> told.add(m.key()));
        String prefix = unique("group:") + ":";
        int threads = 16;
        int each = 25;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Inbox.Acceptance>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    go.await();
                    List<Inbox.Acceptance> out = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        out.add(inbox.accept(message(prefix + thread + "-" + i)));
                    }
                    return out;
                }));
            }
            go.countDown();
            for (Future<List<Inbox.Acceptance>> f : results) {
                assertThat(f.get(60, TimeUnit.SECONDS)).hasSize(each).containsOnly(Inbox.Acceptance.ACCEPTED);
            }
        } finally {
            pool.shutdownNow();
            inbox.close();
        }
        assertThat(told).hasSize(threads * each).doesNotHaveDuplicates();
        assertThat(rows(prefix)).isEqualTo(threads * each);
        assertThat(deliveries(prefix)).isEqualTo(threads * each);
    }

    @Test
    void closeCommitsWhatWasQueuedAndStopsEveryWriter() throws Exception {
        GroupCommit writer = new GroupCommit(db(), CLOCK, List.of("java"));
        String prefix = unique("stop:") + ":";
        int threads = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Inbox.Acceptance>> results = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                String key = prefix + t;
                results.add(pool.submit(() -> {
                    go.await();
                    return writer.store(row(key));
                }));
            }
            go.countDown();
            for (Future<Inbox.Acceptance> f : results) {
                assertThat(f.get(30, TimeUnit.SECONDS)).isEqualTo(Inbox.Acceptance.ACCEPTED);
            }
            // PostgreSQL commits with several writers, H2 with one
            assertThat(writer.writersRunning()).isEqualTo(db().isPostgres() ? GroupCommit.POSTGRES_WRITERS : 1);
        } finally {
            pool.shutdownNow();
            writer.close();
        }
        assertThat(writer.writersRunning()).isZero();
        assertThat(rows(prefix)).isEqualTo(threads);
        assertThat(writer.store(row(prefix + "late"))).isEqualTo(Inbox.Acceptance.ACCEPTED); // on the caller's thread
        assertThat(rows(prefix)).isEqualTo(threads + 1);
    }

    @Test
    void aKeyPushedTwiceAtOnceIsStoredOnceWithoutRewritingAGroup() throws Exception {
        // A vendor's retry arriving while its first push is being stored: on PostgreSQL the two
        // may be in different writers' groups at the same moment.
        GroupCommit writer = new GroupCommit(db(), CLOCK, List.of("java"));
        String prefix = unique("twice:") + ":";
        int keys = 150;
        int pairs = 4;
        int accepted;
        try {
            accepted = acceptedInParallel(2 * pairs, t -> {
                int pair = t / 2; // threads 2n and 2n+1 send the same keys
                int mine = 0;
                for (int k = pair; k < keys; k += pairs) {
                    mine += writer.store(row(prefix + k)) == Inbox.Acceptance.ACCEPTED ? 1 : 0;
                }
                return mine;
            });
        } finally {
            writer.close();
        }
        assertThat(accepted).isEqualTo(keys);
        assertThat(rows(prefix)).isEqualTo(keys);
        assertThat(deliveries(prefix)).isEqualTo(keys);
        assertThat(writer.rewrittenGroups()).isZero();
    }

    @Test
    void oneGroupStoresAKeyOnceAndAnswersItsRepeatsAsDuplicates() throws Exception {
        GroupCommit writer = new GroupCommit(db(), CLOCK, List.of("java", "webhook"));
        String stored = unique("grp-old:");
        String fresh = unique("grp-new:");
        assertThat(writer.commitTogether(List.of(row(stored))).get(0).get()).isEqualTo(Inbox.Acceptance.ACCEPTED);

        List<java.util.concurrent.CompletableFuture<Inbox.Acceptance>> outcomes = writer.commitTogether(
                List.of(row(fresh), row(stored), row(fresh)));

        assertThat(outcomes).extracting(java.util.concurrent.CompletableFuture::get).containsExactly(
                Inbox.Acceptance.ACCEPTED, Inbox.Acceptance.DUPLICATE, Inbox.Acceptance.DUPLICATE);
        assertThat(rows(fresh)).isEqualTo(1);
        assertThat(deliveries(fresh)).isEqualTo(2);
        assertThat(rows(stored)).isEqualTo(1);
        assertThat(deliveries(stored)).isEqualTo(2);
    }

    @Test
    void aRowThatCannotBeStoredFailsOnlyItsOwnRequestInTheGroup() throws Exception {
        GroupCommit writer = new GroupCommit(db(), CLOCK, List.of("java"));
        String before = unique("grp-ok1:");
        String after = unique("grp-ok2:");
        String tooLong = unique("grp-long:") + "x".repeat(600); // message_key holds 512 characters

        List<java.util.concurrent.CompletableFuture<Inbox.Acceptance>> outcomes = writer.commitTogether(
                List.of(row(before), row(tooLong), row(after)));

        assertThat(outcomes.get(0).get()).isEqualTo(Inbox.Acceptance.ACCEPTED);
        assertThat(outcomes.get(1)).isCompletedExceptionally();
        assertThat(outcomes.get(2).get()).isEqualTo(Inbox.Acceptance.ACCEPTED);
        assertThat(rows(before)).isEqualTo(1);
        assertThat(rows(after)).isEqualTo(1);
        assertThat(rows(tooLong.substring(0, 20))).isZero();
        assertThat(deliveries(before)).isEqualTo(1);
    }

    @Test
    void twoInboxesOnOneDatabaseRacingOnTheSameKeysStoreEachOnce() throws Exception {
        // Two servers on one database: their writers' groups collide on the unique key.
        JdbcInbox first = new JdbcInbox(db(), CLOCK, List.of("java"));
        JdbcInbox second = new JdbcInbox(db(), CLOCK, List.of("java"));
        String prefix = unique("race:") + ":";
        int keys = 40;
        int accepted;
        try {
            accepted = acceptedInParallel(8, t -> {
                JdbcInbox inbox = t % 2 == 0 ? first : second;
                int mine = 0;
                for (int k = 0; k < keys; k++) {
                    mine += inbox.accept(message(prefix + k)) == Inbox.Acceptance.ACCEPTED ? 1 : 0;
                }
                return mine;
            });
        } finally {
            first.close();
            second.close();
        }
        assertThat(accepted).isEqualTo(keys);
        assertThat(rows(prefix)).isEqualTo(keys);
        assertThat(deliveries(prefix)).isEqualTo(keys);
    }

    /** A task of one thread: given its index, returns how many of its stores were accepted. */
    private interface StoreTask {
        int run(int thread) throws Exception;
    }

    /** Runs {@code threads} tasks released at the same moment and sums their accepted stores. */
    private static int acceptedInParallel(int threads, StoreTask task) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    go.await();
                    return task.run(thread);
                }));
            }
            go.countDown();
            int sum = 0;
            for (Future<Integer> f : results) {
                sum += f.get(60, TimeUnit.SECONDS);
            }
            return sum;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void ledgerDebitsIdempotentlyAndRespectsTheFloor() {
        JdbcCardLedger ledger = new JdbcCardLedger(db(), CLOCK);
        String card = unique("6222").replaceAll("[^0-9]", "").substring(0, 16);
        ledger.open(new StoredValueCard(card, "Li", Money.ofFen(1000), Money.ofFen(200)));
        assertThatThrownBy(() -> ledger.open(new StoredValueCard(card, "Li", Money.ofFen(1), Money.ZERO)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining(card);
        assertThat(ledger.find(card)).get().extracting(StoredValueCard::balance).isEqualTo(Money.ofFen(1000));

        String o1 = unique("o");
        assertThat(ledger.debit(card, o1, Money.ofFen(700)))
                .isEqualTo(new DebitResult.Debited(o1, Money.ofFen(700), Money.ofFen(300), false));
        assertThat(ledger.debit(card, o1, Money.ofFen(700)))
                .isEqualTo(new DebitResult.Debited(o1, Money.ofFen(700), Money.ofFen(300), true));
        assertThat(ledger.debit(card, o1, Money.ofFen(701))).isEqualTo(new DebitResult.OrderConflict(o1));
        String o2 = unique("o");
        assertThat(ledger.debit(card, o2, Money.ofFen(501)))
                .isEqualTo(new DebitResult.InsufficientBalance(Money.ofFen(300), Money.ofFen(501)));
        assertThat(ledger.debit(card, o2, Money.ofFen(500)))
                .isEqualTo(new DebitResult.Debited(o2, Money.ofFen(500), Money.ofFen(-200), false));
        assertThat(ledger.debit("0000", unique("o"), Money.ofFen(1))).isEqualTo(new DebitResult.UnknownCard());
        String top = unique("t");
        assertThat(ledger.credit(card, top, Money.ofFen(1200)))
                .isEqualTo(new DebitResult.Debited(top, Money.ofFen(1200), Money.ofFen(1000), false));
        assertThat(ledger.credit(card, top, Money.ofFen(1200))).isInstanceOf(DebitResult.Debited.class)
                .extracting(r -> ((DebitResult.Debited) r).repeated()).isEqualTo(true);
        assertThatThrownBy(() -> ledger.debit(card, unique("o"), Money.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amount");
        List<CardMovement> history = ledger.history(card);
        assertThat(history).extracting(CardMovement::amount)
                .containsExactly(Money.ofFen(-700), Money.ofFen(-500), Money.ofFen(1200));
        assertThat(history).extracting(CardMovement::balanceAfter)
                .containsExactly(Money.ofFen(300), Money.ofFen(-200), Money.ofFen(1000));
        assertThat(ledger.find(card)).get().extracting(StoredValueCard::balance).isEqualTo(Money.ofFen(1000));
    }

    @Test
    void parallelDebitsWithRepeatedOrderIdsLeaveTheExactBalance() throws Exception {
        JdbcCardLedger ledger = new JdbcCardLedger(db(), CLOCK);
        String card = "9" + String.format("%015d", System.nanoTime() % 1_000_000_000_000_000L);
        ledger.open(new StoredValueCard(card, "", Money.ofFen(10_000), Money.ZERO));
        String prefix = unique("par");
        List<Callable<DebitResult>> calls = new ArrayList<>();
        for (int repeat = 0; repeat < 3; repeat++) {
            for (int order = 0; order < 50; order++) {
                String orderId = prefix + "-" + order;
                calls.add(() -> ledger.debit(card, orderId, Money.ofFen(300)));
            }
        }
        java.util.Collections.shuffle(calls, new java.util.Random(7));
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<DebitResult> results = new ArrayList<>();
        try {
            for (Future<DebitResult> f : pool.invokeAll(calls, 60, TimeUnit.SECONDS)) {
                results.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        long fresh = results.stream().filter(r -> r instanceof DebitResult.Debited d && !d.repeated()).count();
        assertThat(fresh).isEqualTo(33); // 33 * 300 = 9900 <= 10000 < 34 * 300
        assertThat(ledger.find(card)).get().extracting(StoredValueCard::balance).isEqualTo(Money.ofFen(100));
        List<CardMovement> history = ledger.history(card);
        assertThat(history).hasSize(33);
        assertThat(history.stream().map(CardMovement::orderId).distinct().count()).isEqualTo(33);
        assertThat(history.get(history.size() - 1).balanceAfter()).isEqualTo(Money.ofFen(100));
    }

    @Test
    void passesAreSavedReplacedFoundByPlateAndRemoved() {
        JdbcPassRepository passes = new JdbcPassRepository(db());
        String id = unique("pass-");
        Plate a = Plate.parse("沪B" + (10000 + seq % 80000));
        Plate b = Plate.parse("沪C" + (10000 + seq % 80000));
        Pass pass = new Pass(id, Set.of(a, b), T0, T0.plusSeconds(86_400 * 30), Set.of("north", "south"), "Zhang");
        passes.save(pass);
        assertThat(passes.find(id)).contains(pass);
        assertThat(passes.findByPlate(a)).containsExactly(pass);
        Pass renewed = new Pass(id, Set.of(a), T0, T0.plusSeconds(86_400 * 60), Set.of(), "Zhang");
        passes.save(renewed);
        assertThat(passes.find(id)).contains(renewed);
        assertThat(passes.findByPlate(b)).isEmpty();
        assertThat(passes.remove(id)).isTrue();
        assertThat(passes.remove(id)).isFalse();
        assertThat(passes.find(id)).isEmpty();
    }

    @Test
    void listEntriesAreReplacedPerListAndPlate() {
        JdbcAccessListRepository lists = new JdbcAccessListRepository(db());
        Plate p = Plate.parse("粤B" + (10000 + (System.nanoTime() % 80000)));
        ListEntry white = new ListEntry(ListKind.WHITE, p, "staff", T0, Instant.MAX);
        ListEntry black = new ListEntry(ListKind.BLACK, p, "unpaid", T0, T0.plusSeconds(3600));
        lists.save(white);
        lists.save(black);
        assertThat(lists.findByPlate(p)).containsExactlyInAnyOrder(white, black);
        ListEntry black2 = new ListEntry(ListKind.BLACK, p, "unpaid twice", T0, T0.plusSeconds(7200));
        lists.save(black2);
        assertThat(lists.findByPlate(p)).containsExactlyInAnyOrder(white, black2);
        assertThat(lists.remove(ListKind.WHITE, p)).isTrue();
        assertThat(lists.findByPlate(p)).containsExactly(black2);
    }
}
