package io.parkbridge.core.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parkbridge.core.money.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InMemoryCardLedgerTest {
    static final String CARD = "6222021234567890";
    final Clock clock = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneOffset.UTC);
    final InMemoryCardLedger ledger = new InMemoryCardLedger(clock);

    static Money y(String s) {
        return Money.parseYuan(s);
    }

    StoredValueCard open(String balance, String overdraft) {
        return ledger.open(new StoredValueCard(CARD, "Han Meimei", y(balance), y(overdraft)));
    }

    @Test
    void debitTakesTheAmountAndRecordsAMovement() {
        open("100.00", "0");
        DebitResult r = ledger.debit(CARD, "order-1", y("12.50"));
        assertThat(r).isEqualTo(new DebitResult.Debited("order-1", y("12.50"), y("87.50"), false));
        assertThat(ledger.find(CARD)).get().extracting(StoredValueCard::balance).isEqualTo(y("87.50"));
        assertThat(ledger.history(CARD)).containsExactly(
                new CardMovement(CARD, "order-1", y("-12.50"), y("87.50"), clock.instant()));
    }

    @Test
    void sameOrderIdDebitsOnce() {
        open("100.00", "0");
        ledger.debit(CARD, "order-1", y("12.50"));
        DebitResult again = ledger.debit(CARD, "order-1", y("12.50"));
        assertThat(again).isEqualTo(new DebitResult.Debited("order-1", y("12.50"), y("87.50"), true));
        ledger.debit(CARD, "order-2", y("7.50"));
        // repeating an old order returns its own result, not the current balance
        assertThat(ledger.debit(CARD, "order-1", y("12.50")))
                .isEqualTo(new DebitResult.Debited("order-1", y("12.50"), y("87.50"), true));
        assertThat(ledger.find(CARD).orElseThrow().balance()).isEqualTo(y("80.00"));
        assertThat(ledger.history(CARD)).hasSize(2);
    }

    @Test
    void reusedOrderIdWithAnotherAmountCardOrDirectionConflicts() {
        open("100.00", "0");
        ledger.open(new StoredValueCard("6222020000000001", "", y("50.00"), Money.ZERO));
        ledger.debit(CARD, "order-1", y("12.50"));
        assertThat(ledger.debit(CARD, "order-1", y("12.51"))).isEqualTo(new DebitResult.OrderConflict("order-1"));
        assertThat(ledger.debit("6222020000000001", "order-1", y("12.50")))
                .isEqualTo(new DebitResult.OrderConflict("order-1"));
        assertThat(ledger.credit(CARD, "order-1", y("12.50"))).isEqualTo(new DebitResult.OrderConflict("order-1"));
        assertThat(ledger.find(CARD).orElseThrow().balance()).isEqualTo(y("87.50"));
        assertThat(ledger.find("6222020000000001").orElseThrow().balance()).isEqualTo(y("50.00"));
    }

    @Test
    void neverBelowZeroWithoutOverdraft() {
        open("10.00", "0");
        assertThat(ledger.debit(CARD, "o1", y("10.01")))
                .isEqualTo(new DebitResult.InsufficientBalance(y("10.00"), y("10.01")));
        assertThat(ledger.history(CARD)).isEmpty();
        assertThat(ledger.debit(CARD, "o2", y("10.00"))).isInstanceOf(DebitResult.Debited.class);
        assertThat(ledger.find(CARD).orElseThrow().balance()).isEqualTo(Money.ZERO);
        // a refused order id is not burnt: it may succeed after a top-up
        ledger.credit(CARD, "top-up-1", y("20.00"));
        assertThat(ledger.debit(CARD, "o1", y("10.01"))).isInstanceOf(DebitResult.Debited.class);
    }

    @Test
    void overdraftDownToTheFloorOnly() {
        open("5.00", "20.00");
        assertThat(ledger.debit(CARD, "o1", y("25.00")))
                .isEqualTo(new DebitResult.Debited("o1", y("25.00"), y("-20.00"), false));
        assertThat(ledger.debit(CARD, "o2", y("0.01")))
                .isEqualTo(new DebitResult.InsufficientBalance(y("-20.00"), y("0.01")));
    }

    @Test
    void creditIsIdempotentToo() {
        open("0", "0");
        ledger.credit(CARD, "top-up-1", y("50.00"));
        assertThat(ledger.credit(CARD, "top-up-1", y("50.00")))
                .isEqualTo(new DebitResult.Debited("top-up-1", y("50.00"), y("50.00"), true));
        assertThat(ledger.find(CARD).orElseThrow().balance()).isEqualTo(y("50.00"));
    }

    @Test
    void unknownCardAndBadInput() {
        assertThat(ledger.debit("nope", "o1", y("1.00"))).isEqualTo(new DebitResult.UnknownCard());
        assertThat(ledger.history("nope")).isEmpty();
        open("10.00", "0");
        assertThatThrownBy(() -> ledger.debit(CARD, "o1", Money.ZERO)).hasMessageContaining("amount");
        assertThatThrownBy(() -> ledger.debit(CARD, "o1", y("-1.00"))).hasMessageContaining("amount");
        assertThatThrownBy(() -> ledger.debit(CARD, " ", y("1.00"))).hasMessageContaining("orderId");
        assertThatThrownBy(() -> open("1.00", "0")).hasMessageContaining("already open")
                .hasMessageNotContaining(CARD).hasMessageContaining("7890");
        assertThatThrownBy(() -> ledger.open(new StoredValueCard("x-1", "", y("-1.00"), Money.ZERO)))
                .hasMessageContaining("floor");
    }

    @Test
    void creditOverflowChangesNothing() {
        ledger.open(new StoredValueCard(CARD, "", Money.ofFen(Long.MAX_VALUE - 1), Money.ZERO));
        assertThatThrownBy(() -> ledger.credit(CARD, "o1", y("1.00"))).isInstanceOf(ArithmeticException.class);
        assertThat(ledger.find(CARD).orElseThrow().balance()).isEqualTo(Money.ofFen(Long.MAX_VALUE - 1));
        assertThat(ledger.history(CARD)).isEmpty();
    }

    @Test
    void concurrentDebitsNeverOverspend() throws Exception {
        open("100.00", "0");
        int threads = 8;
        int perThread = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                futures.add(pool.submit((Callable<Integer>) () -> {
                    start.await();
                    int ok = 0;
                    for (int i = 0; i < perThread; i++) {
                        if (ledger.debit(CARD, "t" + id + "-" + i, y("0.30")) instanceof DebitResult.Debited) {
                            ok++;
                        }
                    }
                    return ok;
                }));
            }
            start.countDown();
            int debited = 0;
            for (Future<Integer> f : futures) {
                debited += f.get(30, TimeUnit.SECONDS);
            }
            assertThat(debited).isEqualTo(333); // 100.00 / 0.30
            assertThat(ledger.find(CARD).orElseThrow().balance()).isEqualTo(y("0.10"));
            List<CardMovement> history = ledger.history(CARD);
            assertThat(history).hasSize(333);
            long sum = history.stream().mapToLong(m -> m.amount().fen()).sum();
            assertThat(Money.ofFen(10_000 + sum)).isEqualTo(y("0.10"));
            assertThat(history.get(history.size() - 1).balanceAfter()).isEqualTo(y("0.10"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentRepeatsOfOneOrderDebitOnce() throws Exception {
        open("100.00", "0");
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<DebitResult>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return ledger.debit(CARD, "same-order", y("10.00"));
                }));
            }
            start.countDown();
            int fresh = 0;
            for (Future<DebitResult> f : futures) {
                DebitResult.Debited d = (DebitResult.Debited) f.get(30, TimeUnit.SECONDS);
                assertThat(d.balanceAfter()).isEqualTo(y("90.00"));
                fresh += d.repeated() ? 0 : 1;
            }
            assertThat(fresh).isEqualTo(1);
            assertThat(ledger.find(CARD).orElseThrow().balance()).isEqualTo(y("90.00"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void cardNumbersStayMaskedInToString() {
        StoredValueCard card = open("1.00", "0");
        ledger.debit(CARD, "o1", y("1.00"));
        assertThat(card.toString()).doesNotContain(CARD).contains("7890");
        assertThat(ledger.history(CARD).get(0).toString()).doesNotContain(CARD);
    }
}
