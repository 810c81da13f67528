package io.parkbridge.protocol.bluecard.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.parkbridge.core.event.DomainEvent;
import io.parkbridge.core.money.Money;
import io.parkbridge.core.port.InMemoryInbox;
import io.parkbridge.protocol.bluecard.MutableClock;
import io.parkbridge.protocol.bluecard.catalog.BluecardInterface;
import io.parkbridge.protocol.bluecard.catalog.Direction;
import io.parkbridge.protocol.bluecard.inbound.BluecardApplication;
import io.parkbridge.protocol.bluecard.inbound.BluecardInboundHandler;
import io.parkbridge.protocol.bluecard.inbound.FacePayOutcome;
import io.parkbridge.protocol.bluecard.inbound.GateDecision;
import io.parkbridge.protocol.bluecard.message.ChargeRecords;
import io.parkbridge.protocol.bluecard.message.EntryRecords;
import io.parkbridge.protocol.bluecard.message.FacePay;
import io.parkbridge.protocol.bluecard.message.FacePayPoll;
import io.parkbridge.protocol.bluecard.message.ImageUpload;
import io.parkbridge.protocol.bluecard.message.LaneInfo;
import io.parkbridge.protocol.bluecard.message.LanePayment;
import io.parkbridge.protocol.bluecard.message.OpenGate;
import io.parkbridge.protocol.bluecard.message.PreExitFee;
import io.parkbridge.protocol.bluecard.message.QrCodeRequest;
import io.parkbridge.protocol.bluecard.message.QrPaymentQuery;
import io.parkbridge.protocol.bluecard.message.Renewals;
import io.parkbridge.protocol.bluecard.message.Reply;
import io.parkbridge.protocol.bluecard.message.WhitelistSync;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.sim.SimulatorServer;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulator pushing to our inbound handler over real HTTP on 127.0.0.1. */
class PushesAgainstInboundTest {
    static final String PARK = "p180329111018";
    static final Instant T0 = Instant.parse("2019-01-09T01:00:00Z");
    final MutableClock clock = new MutableClock(T0);
    final InMemoryInbox inbox = new InMemoryInbox();
    final List<DomainEvent> handled = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger polls = new AtomicInteger();
    volatile int paidAfterPolls = Integer.MAX_VALUE;

    final BluecardApplication app = new BluecardApplication() {
        @Override
        public FacePayOutcome facePay(FacePay.Request r) {
            return new FacePayOutcome.Paying();
        }

        @Override
        public FacePayOutcome facePayStatus(FacePayPoll.Request r) {
            return polls.incrementAndGet() >= paidAfterPolls ? new FacePayOutcome.Paid(new FacePay.PayContent("TR-"
                    + r.outTradeNo(), r.outTradeNo(), "2.00", "2019-01-09 09:00:00", "", "第三方当面付")) : new FacePayOutcome.Paying();
        }

        @Override
        public Optional<QrCodeRequest.Answer> qrCode(QrCodeRequest.Request r) {
            return Optional.of(new QrCodeRequest.Answer(null, "https://pay.example/qr/" + r.outTradeNo(), null));
        }

        @Override
        public Optional<QrPaymentQuery.Answer> qrPayment(QrPaymentQuery.Request r) {
            return Optional.of(new QrPaymentQuery.Answer(null, r.outTradeNo(), "微信", "2.00", "W-1", "", "京A12345"));
        }

        @Override
        public boolean lanePayment(LanePayment.Request r, String plate) {
            return true;
        }

        @Override
        public GateDecision openGate(OpenGate.Request r) {
            return GateDecision.refuse("黑名单车辆禁止入场");
        }
    };

    BluecardInboundHandler handler;
    SimulatorServer ours;
    BluecardSimulator sim;

    @BeforeEach
    void start() throws IOException {
        handler = BluecardInboundHandler.builder().park(PARK, Secret.of("abc123")).inbox(inbox).application(app)
                .listener(handled::add).clock(clock).build();
        ours = SimulatorServer.start(handler.asHandler());
        sim = BluecardSimulator.builder().parkNumber(PARK).key(Secret.of("abc123")).clock(clock)
                .pushTarget(ours.baseUrl() + "/bluecard").start();
    }

    @AfterEach
    void stop() {
        sim.close();
        ours.close();
    }

    @Test
    void heartbeatsKeepTheLinkHealthy() {
        assertThat(sim.sendHeartbeat()).hasValueSatisfying(r -> assertThat(r.isSuccess()).isTrue());
        assertThat(handler.linkHealth().status(PARK).online()).isTrue();
        clock.advance(Duration.ofMinutes(2));
        assertThat(handler.linkHealth().status(PARK).missedBeats()).isEqualTo(4);
        assertThat(handler.linkHealth().status(PARK).online()).isFalse();
        sim.sendHeartbeat();
        assertThat(handler.linkHealth().status(PARK).online()).isTrue();
        assertThat(handler.linkHealth().status(PARK).lastHeartbeatBody().orElseThrow().spaceCount()).isEqualTo(10);
    }

    @Test
    void theSameBatchReplayedManyTimesIsHandledOncePerRecord() {
        List<EntryRecords.EntryRecord> records = IntStream.range(0, 10)
                .mapToObj(i -> sim.entryRecord(sim.vehicleEnters("京A1234" + i, "东门入口"))).toList();
        EntryRecords.Request batch = new EntryRecords.Request(PARK, 10, records);
        for (int i = 0; i < 50; i++) {
            assertThat(sim.push(BluecardInterface.CAR_IN, batch)).hasValueSatisfying(r -> assertThat(r.isSuccess()).isTrue());
        }
        // the ten single-record pushes queued by vehicleEnters are duplicates of the same records
        sim.runDuePushes();
        assertThat(inbox.messages()).hasSize(10);
        assertThat(handled).hasSize(10);
        assertThat(handled.stream().map(DomainEvent::key).collect(Collectors.toSet())).hasSize(10);
        assertThat(sim.pendingPushes()).isZero();
    }

    @Test
    void concurrentReplaysOfOverlappingBatchesStillHandleEachRecordOnce() throws Exception {
        List<EntryRecords.EntryRecord> records = IntStream.range(0, 20)
                .mapToObj(i -> sim.entryRecord(sim.vehicleEnters("京B5432" + (i % 10), "东门入口"))).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                int from = (i * 7) % 11; // overlapping windows of 10 records
                EntryRecords.Request batch = new EntryRecords.Request(PARK, 10, records.subList(from, from + 10));
                results.add(pool.submit(() -> sim.push(BluecardInterface.CAR_IN, batch).map(Reply::isSuccess).orElse(false)));
            }
            for (java.util.concurrent.Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(inbox.messages()).hasSize(20);
        assertThat(handled).hasSize(20);
    }

    @Test
    void failedPushesAreResentThreeTimesQuicklyThenEveryFiveMinutes() {
        ours.faults().failNext(5, 500);
        String order = sim.vehicleEnters("京A12345", "东门入口");
        List<Instant> expected = List.of(T0, T0.plusSeconds(10), T0.plusSeconds(20), T0.plusSeconds(320),
                T0.plusSeconds(620), T0.plusSeconds(920));
        for (int second = 0; second <= 1000; second++) {
            sim.runDuePushes();
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(sim.pushAttempts()).extracting(BluecardSimulator.PushAttempt::at).containsExactlyElementsOf(expected);
        assertThat(sim.pushAttempts()).extracting(BluecardSimulator.PushAttempt::success)
                .containsExactly(false, false, false, false, false, true);
        assertThat(inbox.messages()).singleElement().satisfies(m -> assertThat(m.key()).endsWith("/" + order));
    }

    @Test
    void anUndeliveredEntryIsDroppedOnceTheVehicleHasLeft() {
        ours.faults().failNext(3, 500);
        String order = sim.vehicleEnters("京A12345", "东门入口");
        for (int second = 0; second < 30; second++) {
            sim.runDuePushes();
            clock.advance(Duration.ofSeconds(1));
        }
        sim.vehicleExits(order, "西门出口");
        for (int second = 30; second <= 330; second++) {
            sim.runDuePushes();
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(sim.pushAttempts()).extracting(a -> a.api() + ":" + a.success())
                .containsExactly("CAR_IN:false", "CAR_IN:false", "CAR_IN:false", "CAR_OUT:true");
        assertThat(sim.pendingPushes()).isZero();
        assertThat(inbox.messages()).singleElement().satisfies(m -> assertThat(m.event())
                .isInstanceOf(DomainEvent.VehicleExited.class));
    }

    @Test
    void pushesWithAWrongSignAreRefusedAndKeepBeingResent() {
        sim.wrongSignOnPushes(true);
        sim.vehicleEnters("京A12345", "东门入口");
        sim.runDuePushes();
        assertThat(inbox.messages()).isEmpty();
        assertThat(sim.pendingPushes()).isEqualTo(1);
        sim.wrongSignOnPushes(false);
        clock.advance(Duration.ofSeconds(10));
        sim.runDuePushes();
        assertThat(inbox.messages()).hasSize(1);
    }

    @Test
    void exitRecordsCarryTheSettledChargeAndSatisfyTheDocumentsRelations() {
        String order = sim.vehicleEnters("京A12345", "东门入口");
        clock.advance(Duration.ofMinutes(90));
        sim.vehicleExits(order, "西门出口");
        sim.runDuePushes();
        assertThat(inbox.messages()).hasSize(2);
        DomainEvent.VehicleExited exit = (DomainEvent.VehicleExited) inbox.messages().get(1).event();
        assertThat(exit.charged()).isEqualTo(Money.ofYuan(4));
        assertThat(exit.enteredAt()).isEqualTo(T0);
    }

    @Test
    void paymentPollingGivesUpAfterFiveMinutesAndCancels() {
        String order = sim.vehicleEnters("京A12345", "东门入口");
        FacePayPolling p = sim.facePay(order, "134567", Money.ofYuan(2), clock::advance);
        assertThat(p.state()).isEqualTo(FacePayPolling.State.CANCELLED);
        assertThat(p.polls()).isEqualTo(300);
        assertThat(polls).hasValue(300);
        assertThat(clock.instant()).isEqualTo(T0.plusSeconds(301));
        String outTradeNo = PARK + "_0_" + order + "_090000"; // 01:00:00Z = 09:00:00 in Shanghai
        assertThat(handler.payments().get(outTradeNo).orElseThrow().state())
                .isEqualTo(io.parkbridge.protocol.bluecard.inbound.PaymentSessions.State.CANCELLED);
        assertThat(inbox.messages()).extracting(m -> m.event().getClass().getSimpleName()).doesNotContain("PaymentCompleted");
    }

    @Test
    void paymentPollingStopsWhenPaid() {
        paidAfterPolls = 7;
        String order = sim.vehicleEnters("京A12345", "东门入口");
        FacePayPolling p = sim.facePay(order, "134567", Money.ofYuan(2), clock::advance);
        assertThat(p.state()).isEqualTo(FacePayPolling.State.PAID);
        assertThat(p.polls()).isEqualTo(7);
        assertThat(sim.stay(order).orElseThrow().paid()).isEqualTo(Money.ofYuan(2));
        assertThat(inbox.messages()).filteredOn(m -> m.event() instanceof DomainEvent.PaymentCompleted).hasSize(1);
    }

    @Test
    void everyPushReachesItsHandler() {
        assertThat(pushAll()).allSatisfy(r -> assertThat(r).isPresent());
        assertThat(inbox.messages()).extracting(m -> m.key().split(":")[1]).contains("charge", "image", "lane", "renewal",
                "whitelist-sync", "payment", "facepay-cancelled");
    }

    private List<Optional<Reply<?>>> pushAll() {
        String o = sim.vehicleEnters("京A12345", "东门入口");
        List<Optional<Reply<?>>> replies = new ArrayList<>();
        replies.add(sim.sendHeartbeat());
        sim.runDuePushes();
        replies.add(sim.push(BluecardInterface.CHARGE_BEFORE_EXIT, new PreExitFee.Request(PARK, "京A12345", o, "2.00",
                "0", "0", "0", "0", "2.00", "T1", "0", "0", "", "", "2019-01-09 10:00:00", "", "o.jpg", "", "西门")));
        replies.add(sim.push(BluecardInterface.IMAGE_UPLOAD, new ImageUpload.Request(PARK, "1806490001_1.jpg^17", "aGVsbG8=")));
        replies.add(sim.push(BluecardInterface.CHARGE_UPLOAD, new ChargeRecords.Request(PARK, 1, List.of(new ChargeRecords.ChargeRecord(
                "京A12345", "2019-01-09 09:00:00", "2019-01-09 10:00:00", "", "西门", "现金", "中央收费", o, "临时车", "N-1", "",
                "2.00", "2.00", "0")))));
        replies.add(sim.push(BluecardInterface.QR_CODE, new QrCodeRequest.Request(PARK, "Q1", "2.00", "京A12345")));
        replies.add(sim.push(BluecardInterface.QR_PAY_QUERY, new QrPaymentQuery.Request(PARK, "Q1")));
        replies.add(sim.push(BluecardInterface.LANE_INFO, new LaneInfo.Request(PARK, 1, List.of(new LaneInfo.Lane("1", "东门入口",
                "0", "1")))));
        replies.add(sim.push(BluecardInterface.FACE_PAY, new FacePay.Request(PARK, "F1", "2.00", "京A12345", "1345", o)));
        replies.add(sim.push(BluecardInterface.FACE_PAY_POLL, new FacePayPoll.Request(PARK, "F1", "京A12345", o)));
        replies.add(sim.push(BluecardInterface.FACE_PAY_CANCEL, new io.parkbridge.protocol.bluecard.message.FacePayCancel.Request(
                PARK, "F1", "京A12345", o)));
        replies.add(sim.push(BluecardInterface.LANE_PAY, new LanePayment.Request(PARK, "%E4%BA%ACA12345", "2.00", "L1")));
        replies.add(sim.push(BluecardInterface.OPEN_GATE, new OpenGate.Request(PARK, "opengate", "京A12345", "蓝色", "临时车", 100,
                "2019-01-09 10:00:00", "正门入口", 1, "地上")));
        replies.add(sim.push(BluecardInterface.PARKING_SPACE_FEE, new Renewals.Request(PARK, "parkingspacefee", List.of(
                new Renewals.Renewal("京Q1NY80/京N830S1", "月租", "2019-01-09 10:00:00", "300.00", "A1", "1",
                        "2019-02-09 10:00:00", "R-1", "张三", "微信", "P-1")), 1)));
        replies.add(sim.push(BluecardInterface.FIXED_LIST_UP, new WhitelistSync.Request(PARK, "fixedListUp", List.of(
                new WhitelistSync.SyncedEntry("京A12345", 7, "不收费", "", "", "", "", "蓝牌", "2019-01-01", "2019-12-31", "", "线上月租",
                        "", "1547000000000", "1", List.of(), "1")), 1)));
        assertThat(replies.get(11)).hasValueSatisfying(r -> {
            assertThat(r.status()).isEqualTo("fail");
            assertThat(r.errorCode()).isEqualTo("黑名单车辆禁止入场");
        });
        assertThat(replies.get(4)).hasValueSatisfying(r -> assertThat(r.isSuccess()).isTrue());
        assertThat(BluecardInterface.of(Direction.BLUECARD_TO_US).stream().filter(i -> i != BluecardInterface.CAR_IN
                && i != BluecardInterface.CAR_OUT)).hasSize(replies.size());
        return replies;
    }
}
