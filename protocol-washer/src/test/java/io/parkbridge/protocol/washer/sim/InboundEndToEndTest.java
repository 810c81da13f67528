package io.parkbridge.protocol.washer.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.parkbridge.core.credential.StoredValueCard;
import io.parkbridge.core.event.DomainEvent;
import io.parkbridge.core.money.Money;
import io.parkbridge.core.port.InMemoryInbox;
import io.parkbridge.core.port.Inbox;
import io.parkbridge.core.port.InboxMessage;
import io.parkbridge.core.wash.WashDecision;
import io.parkbridge.protocol.support.http.Sleeper;
import io.parkbridge.protocol.support.sim.SimulatorServer;
import io.parkbridge.protocol.washer.WasherRoutes;
import io.parkbridge.protocol.washer.inbound.ActiveRequestHandler;
import io.parkbridge.protocol.washer.inbound.CallbackHandler;
import io.parkbridge.protocol.washer.inbound.InboundGuard;
import io.parkbridge.protocol.washer.inbound.WaterPlans;
import io.parkbridge.protocol.washer.policy.DefaultWashPolicy;
import io.parkbridge.protocol.washer.policy.WashTariff;
import io.parkbridge.protocol.washer.testing.PathRouter;
import io.parkbridge.core.credential.InMemoryCardLedger;
import io.parkbridge.core.port.InMemoryAccessListRepository;
import io.parkbridge.core.port.InMemoryPassRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The simulated platform against our handlers, over real HTTP on 127.0.0.1. */
class InboundEndToEndTest {
    final Clock clock = Clock.fixed(Instant.parse("2026-03-01T08:00:00.123Z"), ZoneOffset.UTC);
    final InMemoryCardLedger ledger = new InMemoryCardLedger(clock);
    final InMemoryInbox inbox = new InMemoryInbox();
    final WaterPlans plans = WaterPlans.inMemory(100);
    final List<Duration> sleeps = new ArrayList<>();
    final Sleeper recordingSleeper = sleeps::add;
    SimulatorServer merchant;

    @AfterEach
    void stop() {
        if (merchant != null) {
            merchant.close();
        }
    }

    MerchantLink start(ActiveRequestHandler active, Inbox callbackInbox) throws Exception {
        CallbackHandler callbacks = CallbackHandler.of(callbackInbox, clock, InboundGuard.none(), plans);
        merchant = SimulatorServer.start(new PathRouter(WasherRoutes.of(active, callbacks)));
        return MerchantLink.builder().activeRequestUrl(merchant.baseUrl() + WasherRoutes.ACTIVE_REQUEST_PATH)
                .callbackUrl(merchant.baseUrl() + WasherRoutes.CALLBACK_PATH).clock(clock).sleeper(recordingSleeper)
                .build();
    }

    ActiveRequestHandler defaultPolicyHandler() {
        WashTariff tariff = new WashTariff(Map.of(1, Money.parseYuan("15.00")), 1, Money.parseYuan("0.50"), 2000, 60);
        DefaultWashPolicy policy = new DefaultWashPolicy(ledger, new InMemoryPassRepository(),
                new InMemoryAccessListRepository(), tariff, clock);
        return ActiveRequestHandler.builder(policy).waterPlans(plans).clock(clock).build();
    }

    List<DomainEvent> events() {
        return inbox.messages().stream().map(InboxMessage::event).toList();
    }

    @Test
    void washSessionSwipeDecisionFinishWash() throws Exception {
        ledger.open(new StoredValueCard("6222000011112222", "", Money.parseYuan("100.00"), Money.ZERO));
        PlatformScenarios scenarios = new PlatformScenarios(start(defaultPolicyHandler(), inbox),
                new CallbackBodies(clock));

        SessionResult session = scenarios.washSession(123456, "6222000011112222");

        assertThat(session.decision().approved()).isTrue();
        assertThat(session.decision().reply().balance()).isEqualTo(8500);
        assertThat(session.decision().violations()).isEmpty();
        assertThat(session.allDelivered()).isTrue();
        assertThat(events()).singleElement().isInstanceOfSatisfying(DomainEvent.WashFinished.class,
                e -> assertThat(e.orderId()).isEqualTo(session.decision().orderId()));
    }

    @Test
    void aRefusedSwipeProducesNoCallbacks() throws Exception {
        PlatformScenarios scenarios = new PlatformScenarios(start(defaultPolicyHandler(), inbox),
                new CallbackBodies(clock));

        SessionResult session = scenarios.washSession(123456, "UNKNOWN-CARD");

        assertThat(session.decision().httpStatus()).isEqualTo(200);
        assertThat(session.decision().reply().isOk()).isZero();
        assertThat(session.decision().violations()).isEmpty();
        assertThat(session.callbacks()).isEmpty();
        assertThat(inbox.messages()).isEmpty();
    }

    @Test
    void purifierSessionSwipeReadyStartFinish() throws Exception {
        ledger.open(new StoredValueCard("C-WATER", "", Money.parseYuan("20.00"), Money.ZERO));
        PlatformScenarios scenarios = new PlatformScenarios(start(defaultPolicyHandler(), inbox),
                new CallbackBodies(clock));

        SessionResult session = scenarios.purifierSession(20001, "C-WATER", 500);

        assertThat(session.decision().approved()).isTrue();
        assertThat(session.decision().reply().volume()).isEqualTo(2000);
        assertThat(session.decision().reply().maxWaitTime()).isEqualTo(60);
        assertThat(session.decision().reply().balance()).isEqualTo(1000);
        assertThat(events()).hasSize(3);
        assertThat(events().get(0)).isInstanceOf(DomainEvent.WaterReady.class);
        assertThat(events().get(1)).isInstanceOf(DomainEvent.WaterStarted.class);
        assertThat(events().get(2)).isInstanceOfSatisfying(DomainEvent.WaterDispensed.class,
                e -> assertThat(e.volumeMl()).isEqualTo(1500));
    }

    @Test
    void purifierSessionThatTimesOut() throws Exception {
        ledger.open(new StoredValueCard("C-WATER", "", Money.parseYuan("20.00"), Money.ZERO));
        PlatformScenarios scenarios = new PlatformScenarios(start(defaultPolicyHandler(), inbox),
                new CallbackBodies(clock));

        SessionResult session = scenarios.purifierTimeout(20001, "C-WATER");

        assertThat(session.allDelivered()).isTrue();
        assertThat(events()).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("WaterReady", "WaterWaitTimedOut");
    }

    @Test
    void everyCallbackTypeIsDeliveredOverHttp() throws Exception {
        MerchantLink link = start(defaultPolicyHandler(), inbox);
        CallbackBodies b = new CallbackBodies(clock);

        List<CallbackDelivery> all = List.of(link.sendCallback(b.finishWash(1, "O-1")),
                link.sendCallback(b.machineInfo(1, "SD0000004", "NFULL_AUTO_1", true, false)),
                link.sendCallback(b.onlineStatus(List.of(1L, 2L), false)),
                link.sendCallback(b.machineError(1, "[M819]Photoelectric abnormality of vehicle head(X015)",
                        "2026-03-01")),
                link.sendCallback(b.rolloverCarChange(1, "ENTER")), link.sendCallback(b.rollover2CarChange(2, "BACK")),
                link.sendCallback(b.tunnelCarInto(3, "SUCCESS")),
                link.sendCallback(b.tunnelCarPushOut(3, List.of("O-2", "O-3"))),
                link.sendCallback(b.waterWorkFinish(4, "W-1", 0)), link.sendCallback(b.waterWaitTimeout(4, "W-2")),
                link.sendCallback(b.waterStart(4, "W-1")), link.sendCallback(b.waterReady(4, "W-1")),
                link.sendCallback(b.tds(4, 210, 9)), link.sendCallback(b.newRolloverParkChange(5, "0")));

        assertThat(all).allMatch(CallbackDelivery::delivered).hasSize(14);
        assertThat(inbox.messages()).hasSize(15); // the online status names two machines
        assertThat(sleeps).isEmpty();
    }

    @Test
    void aCallbackNotAnswered200IsRepeatedAndStoredOnce() throws Exception {
        AtomicInteger failures = new AtomicInteger(2);
        Inbox flaky = m -> {
            if (failures.getAndDecrement() > 0) {
                throw new IllegalStateException("database restarting");
            }
            return inbox.accept(m);
        };
        MerchantLink link = start(defaultPolicyHandler(), flaky);

        CallbackDelivery d = link.sendCallback(new CallbackBodies(clock).finishWash(1, "O-9"));

        assertThat(d.attemptStatuses()).containsExactly(503, 503, 200);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(inbox.messages()).hasSize(1);
    }

    @Test
    void aHangingPolicyIsRefusedInTimeOverHttp() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ActiveRequestHandler hanging = ActiveRequestHandler.builder(r -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return WashDecision.wash("never", 1, Money.ZERO);
        }).budget(Duration.ofMillis(300)).build();
        MerchantLink link = start(hanging, inbox);

        ActiveDecision d = link.swipeCard(1, "C");
        release.countDown();

        assertThat(d.httpStatus()).isEqualTo(200);
        assertThat(d.reply().isOk()).isZero();
        assertThat(d.violations()).isEmpty();
        assertThat(d.elapsedMillis()).isLessThan(Duration.ofSeconds(20).toMillis());
        assertThat(link.decisions()).containsExactly(d);
    }

    @Test
    void thePlatformsReadTimeoutEndsAnAnswerThatComesTooLate() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ActiveRequestHandler slow = ActiveRequestHandler.builder(r -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return WashDecision.wash("late", 1, Money.ZERO);
        }).budget(Duration.ofSeconds(15)).build();
        start(slow, inbox);
        MerchantLink impatient = MerchantLink.builder()
                .activeRequestUrl(merchant.baseUrl() + WasherRoutes.ACTIVE_REQUEST_PATH)
                .callbackUrl(merchant.baseUrl() + WasherRoutes.CALLBACK_PATH)
                .timeouts(Duration.ofMillis(2000), Duration.ofMillis(200)).build();

        ActiveDecision d = impatient.swipeCard(1, "C");
        release.countDown();

        assertThat(d.httpStatus()).isEqualTo(-1);
        assertThat(d.approved()).isFalse();
    }

    @Test
    void theDocumentedTrailingCommaIsAccepted() throws Exception {
        ledger.open(new StoredValueCard("C1", "", Money.parseYuan("100.00"), Money.ZERO));
        start(defaultPolicyHandler(), inbox);
        MerchantLink quirky = MerchantLink.builder()
                .activeRequestUrl(merchant.baseUrl() + WasherRoutes.ACTIVE_REQUEST_PATH)
                .callbackUrl(merchant.baseUrl() + WasherRoutes.CALLBACK_PATH).clock(clock).trailingComma(true)
                .build();

        ActiveDecision d = quirky.swipeCard(7, "C1");

        assertThat(d.requestBody()).endsWith(",}");
        assertThat(d.approved()).isTrue();
    }

    @Test
    void theSimulatorOnlyTalksToLoopback() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MerchantLink.builder()
                .activeRequestUrl("http://203.0.113.5/a").callbackUrl("http://127.0.0.1/c").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loopback");
    }
}
