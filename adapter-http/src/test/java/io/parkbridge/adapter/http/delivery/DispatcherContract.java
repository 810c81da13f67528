package io.parkbridge.adapter.http.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.parkbridge.adapter.http.MutableClock;
import io.parkbridge.adapter.http.server.LogRedactor;
import io.parkbridge.adapter.http.store.jdbc.Database;
import io.parkbridge.adapter.http.store.jdbc.InboxEntry;
import io.parkbridge.adapter.http.store.jdbc.JdbcDeliveryQueue;
import io.parkbridge.adapter.http.store.jdbc.JdbcInbox;
import io.parkbridge.core.event.DomainEvent;
import io.parkbridge.core.port.InboxMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Delivery from the inbox, on a real database: retries, dead letters, replay, lease expiry, and
 * two dispatchers sharing one database. Each test uses its own sink name, so tests sharing a
 * schema do not see each other's work... except through the claim query, which is why every
 * dispatcher here knows only its own sink and the assertions count per sink.
 */
abstract class DispatcherContract {
    static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final AtomicInteger SEQ = new AtomicInteger();

    abstract Database db();

    static String unique(String p) {
        return p + SEQ.incrementAndGet() + "-" + System.nanoTime();
    }

    static InboxMessage message(String key) {
        DomainEvent event = new DomainEvent.HeartbeatReceived(key, "carsafe", T0, "P1");
        return new InboxMessage("carsafe", "heartbeat", key, "{}", Map.of(), T0, event);
    }

    Dispatcher dispatcher(Clock clock, DeliverySink sink, DeliveryPolicy policy) {
        return new Dispatcher(new JdbcDeliveryQueue(db()), List.of(sink), policy, clock, new SimpleMeterRegistry(),
                LogRedactor.cardsOnly(), "test");
    }

    /** Runs until a pass claims nothing of this test's sink. */
    static void drain(Dispatcher d) {
        for (int i = 0; i < 1000 && d.runOnce() > 0; i++) {
            // keep going
        }
    }

    @Test
    void failingHandlerIsRetriedWithBackoffThenDeadLetteredAndReplayedOnDemand() {
        MutableClock clock = new MutableClock(T0.plusSeconds(SEQ.incrementAndGet() * 100_000L));
        String sink = unique("failing");
        JdbcInbox inbox = new JdbcInbox(db(), clock, List.of(sink));
        String key = unique("carsafe:hb:");
        inbox.accept(message(key));
        long id = inbox.idOf(key).orElseThrow();
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger failUntil = new AtomicInteger(Integer.MAX_VALUE);
        DeliverySink flaky = new EventHandlerSink(sink, e -> {
            if (calls.incrementAndGet() <= failUntil.get()) {
                throw new IllegalStateException("downstream 6222021234567890 refused");
            }
        });
        DeliveryPolicy policy = new DeliveryPolicy(3, Duration.ofSeconds(10), Duration.ofSeconds(60),
                Duration.ofSeconds(30));
        Dispatcher d = dispatcher(clock, flaky, policy);

        drain(d);
        assertThat(calls).hasValue(1);
        InboxEntry.Delivery after1 = inbox.find(id).orElseThrow().deliveries().get(0);
        assertThat(after1.status()).isEqualTo("PENDING");
        assertThat(after1.attempts()).isEqualTo(1);
        assertThat(after1.lastError()).contains("****7890").doesNotContain("6222021234567890");
        // backoff after attempt 1: between 5 s and 10 s
        assertThat(after1.nextAttemptAt()).isBetween(clock.instant().plusSeconds(5), clock.instant().plusSeconds(10));
        drain(d);
        assertThat(calls).as("not due yet").hasValue(1);

        clock.advance(Duration.ofSeconds(11));
        drain(d);
        assertThat(calls).hasValue(2);
        clock.advance(Duration.ofSeconds(21));
        drain(d);
        assertThat(calls).hasValue(3);
        InboxEntry.Delivery dead = inbox.find(id).orElseThrow().deliveries().get(0);
        assertThat(dead.status()).isEqualTo("DEAD");
        assertThat(inbox.list("DEAD", 500, 0)).extracting(InboxEntry::id).contains(id);
        clock.advance(Duration.ofHours(1));
        drain(d);
        assertThat(calls).as("dead letters are not retried").hasValue(3);

        failUntil.set(0);
        assertThat(new JdbcDeliveryQueue(db()).replay(id, clock.instant())).isEqualTo(1);
        drain(d);
        assertThat(calls).hasValue(4);
        assertThat(inbox.find(id).orElseThrow().deliveries().get(0).status()).isEqualTo("DONE");
    }

    @Test
    void aClaimWhoseOwnerDiedIsTakenAgainAfterTheLease() {
        MutableClock clock = new MutableClock(T0.plusSeconds(SEQ.incrementAndGet() * 100_000L));
        String sink = unique("lease");
        JdbcInbox inbox = new JdbcInbox(db(), clock, List.of(sink));
        String key = unique("carsafe:hb:");
        inbox.accept(message(key));
        JdbcDeliveryQueue queue = new JdbcDeliveryQueue(db());
        // a dispatcher that claims and then "dies" without completing
        List<JdbcDeliveryQueue.Claimed> lost = queue.claim("dead-instance", List.of(sink), 1000, clock.instant(),
                Duration.ofSeconds(30));
        assertThat(lost).extracting(JdbcDeliveryQueue.Claimed::messageKey).contains(key);
        List<String> handled = new ArrayList<>();
        Dispatcher d = dispatcher(clock, new EventHandlerSink(sink, e -> handled.add(e.key())),
                new DeliveryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(30)));
        drain(d);
        assertThat(handled).isEmpty();
        clock.advance(Duration.ofSeconds(31));
        drain(d);
        assertThat(handled).containsExactly(key);
        assertThat(queue.complete(lost.stream().filter(c -> c.messageKey().equals(key)).findFirst().orElseThrow()
                .deliveryId(), "dead-instance", clock.instant())).as("the late owner lost its claim").isFalse();
    }

    @Test
    void twoDispatchersSharingTheDatabaseHandleEachMessageExactlyOnce() throws Exception {
        Clock clock = Clock.systemUTC();
        String sink = unique("shared");
        JdbcInbox inbox = new JdbcInbox(db(), clock, List.of(sink));
        Set<String> keys = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < 200; i++) {
            String key = unique("carsafe:hb:");
            keys.add(key);
            inbox.accept(message(key));
        }
        Map<String, AtomicInteger> handledBy = new ConcurrentHashMap<>();
        Map<String, Integer> perDispatcher = new ConcurrentHashMap<>();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int n = 0; n < 2; n++) {
                String name = "instance-" + n;
                Dispatcher d = new Dispatcher(new JdbcDeliveryQueue(db()), List.of(new EventHandlerSink(sink, e -> {
                    handledBy.computeIfAbsent(e.key(), k -> new AtomicInteger()).incrementAndGet();
                    perDispatcher.merge(name, 1, Integer::sum);
                })), DeliveryPolicy.DEFAULT, clock, new SimpleMeterRegistry(), LogRedactor.cardsOnly(), name);
                runs.add(pool.submit(() -> {
                    go.await();
                    drain(d);
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : runs) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(handledBy.keySet()).containsAll(keys);
        assertThat(keys).allSatisfy(k -> assertThat(handledBy.get(k)).hasValue(1));
        assertThat(perDispatcher.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(handledBy.size());
    }
}
