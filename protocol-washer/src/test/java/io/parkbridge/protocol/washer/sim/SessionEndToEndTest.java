package io.parkbridge.protocol.washer.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.parkbridge.core.credential.StoredValueCard;
import io.parkbridge.core.device.CommandResult;
import io.parkbridge.core.device.DeviceCommand;
import io.parkbridge.core.event.DomainEvent;
import io.parkbridge.core.money.Money;
import io.parkbridge.core.port.InMemoryInbox;
import io.parkbridge.core.port.Inbox;
import io.parkbridge.core.port.InboxMessage;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.sim.SimulatorServer;
import io.parkbridge.protocol.washer.WasherRoutes;
import io.parkbridge.protocol.washer.api.LogType;
import io.parkbridge.protocol.washer.api.OrderFlowRequest;
import io.parkbridge.protocol.washer.api.WasherClient;
import io.parkbridge.protocol.washer.device.WasherDeviceController;
import io.parkbridge.protocol.washer.device.WasherModel;
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
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whole sessions across both directions over HTTP on 127.0.0.1: the simulated platform calls
 * the merchant's handlers, the merchant's controller calls the simulated platform, and the
 * callbacks that follow come back through the Inbox (whose events also drive the controller, as
 * an application's event dispatch would).
 */
class SessionEndToEndTest {
    static final Secret SECRET = Secret.of("sim-secret-0123456789");
    final Clock clock = Clock.fixed(Instant.parse("2026-03-01T08:00:00.250Z"), ZoneOffset.UTC);
    final InMemoryCardLedger ledger = new InMemoryCardLedger(clock);
    final InMemoryInbox stored = new InMemoryInbox();
    final WaterPlans plans = WaterPlans.inMemory(100);
    final AtomicInteger orderNo = new AtomicInteger();
    SimulatorServer merchant;
    WasherCloudSimulator platform;
    WasherClient client;
    WasherDeviceController controller;

    @BeforeEach
    void start() throws Exception {
        WashTariff tariff = new WashTariff(Map.of(1, Money.parseYuan("15.00")), 1, Money.parseYuan("0.50"), 2000, 60);
        DefaultWashPolicy policy = new DefaultWashPolicy(ledger, new InMemoryPassRepository(),
                new InMemoryAccessListRepository(), tariff, clock);
        ActiveRequestHandler active = ActiveRequestHandler.builder(policy).waterPlans(plans).clock(clock).build();
        Inbox dispatching = message -> {
            Inbox.Acceptance a = stored.accept(message);
            if (a == Inbox.Acceptance.ACCEPTED) {
                try {
                    controller.handle(message.event());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            return a;
        };
        CallbackHandler callbacks = CallbackHandler.of(dispatching, clock, InboundGuard.none(), plans);
        merchant = SimulatorServer.start(new PathRouter(WasherRoutes.of(active, callbacks)));
        MerchantLink link = MerchantLink.builder().activeRequestUrl(merchant.baseUrl() + WasherRoutes.ACTIVE_REQUEST_PATH)
                .callbackUrl(merchant.baseUrl() + WasherRoutes.CALLBACK_PATH).clock(clock).sleeper(d -> { })
                .build();
        platform = new WasherCloudSimulator("open-sim", SECRET, clock, link).start();
        client = WasherClient.builder().baseUrl(platform.server().baseUrl()).openId("open-sim").secret(SECRET)
                .clock(clock).build();
        controller = WasherDeviceController.builder(client).orderIds(() -> "ORD-" + orderNo.incrementAndGet())
                .waterPlans(plans).build(); // models discovered through getIotInfo
    }

    @AfterEach
    void stop() {
        platform.close();
        merchant.close();
    }

    List<DomainEvent> events() {
        return stored.messages().stream().map(InboxMessage::event).toList();
    }

    @Test
    void carWashSessionSwipeDecisionLockStartFinishWash() {
        platform.addMachine(10074, WasherModel.ROLLOVER_1, "Rollover car washer 1-01");
        ledger.open(new StoredValueCard("6222000011112222", "", Money.parseYuan("100.00"), Money.ZERO));

        ActiveDecision swipe = platform.swipeCard(10074, "6222000011112222");
        assertThat(swipe.approved()).isTrue();
        assertThat(swipe.reply().balance()).isEqualTo(8500);

        CommandResult lock = controller.execute(new DeviceCommand.StartWash("10074", 1));
        assertThat(lock.accepted()).isTrue();
        assertThat(platform.machine(10074).state()).isEqualTo(SimulatedMachine.State.LOCKED);

        platform.carParks(10074);
        platform.drainCallbacks(); // MACHINE_FA_CAR_CHANGE delivered; the controller started the wash
        platform.drainCallbacks(); // FINISH_WASH that followed the start

        assertThat(events()).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("CarPositionChanged", "WashFinished");
        assertThat(((DomainEvent.WashFinished) events().get(1)).orderId()).isEqualTo(lock.reference());
        assertThat(platform.machine(10074).state()).isEqualTo(SimulatedMachine.State.IDLE);
        assertThat(platform.machine(10074).starts()).isEqualTo(1);
        assertThat(controller.pendingStarts()).isEmpty();
        assertThat(client.checkAdvOrder(new OrderFlowRequest(lock.reference())).advOrderList())
                .extracting(x -> x.type()).containsExactly(LogType.RT_LOCK, LogType.RT_CONF, LogType.COM_WOK_FNS);
        assertThat(ledger.history("6222000011112222")).hasSize(1);
    }

    @Test
    void purifierSessionSwipeReadyStartWaterFinish() {
        platform.addMachine(20001, WasherModel.WATER_PURIFIER_1, "Water purifier 1");
        ledger.open(new StoredValueCard("C-WATER", "", Money.parseYuan("20.00"), Money.ZERO));

        ActiveDecision swipe = platform.purifierSwipe(20001, "C-WATER");
        platform.pressWaterButton(20001);
        platform.waterFinished(20001, 1500);
        platform.drainCallbacks();

        assertThat(swipe.approved()).isTrue();
        assertThat(swipe.reply().volume()).isEqualTo(2000);
        assertThat(events()).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("WaterReady", "WaterStarted", "WaterDispensed");
        assertThat(((DomainEvent.WaterDispensed) events().get(2)).volumeMl()).isEqualTo(1500);
        assertThat(((DomainEvent.WaterDispensed) events().get(2)).orderId()).isEqualTo(swipe.orderId());
    }

    @Test
    void purifierSessionStartedByTheControllerThatTimesOut() {
        platform.addMachine(20002, WasherModel.WATER_PURIFIER_1, "Water purifier 2");

        CommandResult lock = controller.execute(new DeviceCommand.DispenseWater("20002", 1000, 30));
        platform.waterWaitTimesOut(20002);
        platform.drainCallbacks();

        assertThat(lock.accepted()).isTrue();
        assertThat(events()).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("WaterReady", "WaterWaitTimedOut", "WaterDispensed");
        assertThat(((DomainEvent.WaterDispensed) events().get(2)).volumeMl()).isZero();
    }

    @Test
    void aTunnelWashSendsTheProgramAndReportsRollOutAndFinish() {
        platform.addMachine(10044, WasherModel.TUNNEL_1, "SD0000004");

        CommandResult r = controller.execute(new DeviceCommand.StartWash("10044", 2));
        platform.drainCallbacks();

        assertThat(r.accepted()).isTrue();
        assertThat(events()).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("CarPositionChanged", "WashFinished");
    }

    @Test
    void aRollover2WashIsSuspendedContinuedAndFinishedThroughTheController() {
        platform.autoFinish(false);
        platform.addMachine(10075, WasherModel.ROLLOVER_2, "R2");
        platform.carParks(10075);

        CommandResult start = controller.execute(new DeviceCommand.StartWash("10075", 1));
        assertThat(controller.suspend("10075", start.reference(), 60).accepted()).isTrue();
        assertThat(platform.machine(10075).state()).isEqualTo(SimulatedMachine.State.PAUSED);
        assertThat(controller.resume("10075", start.reference()).accepted()).isTrue();
        platform.finishWash(10075);
        platform.drainCallbacks();

        assertThat(start.accepted()).isTrue();
        assertThat(events()).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("CarPositionChanged", "WashFinished");
        assertThat(((DomainEvent.WashFinished) events().get(1)).orderId()).isEqualTo(start.reference());
    }
}
