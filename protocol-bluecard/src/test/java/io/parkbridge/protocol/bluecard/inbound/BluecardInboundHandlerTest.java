package io.parkbridge.protocol.bluecard.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import io.parkbridge.core.event.DomainEvent;
import io.parkbridge.core.money.Money;
import io.parkbridge.core.plate.PlateColor;
import io.parkbridge.core.port.InMemoryInbox;
import io.parkbridge.core.port.InboxMessage;
import io.parkbridge.protocol.bluecard.MutableClock;
import io.parkbridge.protocol.bluecard.message.FacePay;
import io.parkbridge.protocol.bluecard.message.FacePayPoll;
import io.parkbridge.protocol.bluecard.message.LanePayment;
import io.parkbridge.protocol.bluecard.message.OpenGate;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.inbound.InboundRequest;
import io.parkbridge.protocol.support.inbound.InboundResponse;
import io.parkbridge.protocol.support.inbound.Route;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BluecardInboundHandlerTest {
    static final String PARK = "p180329111018";
    /** {@code printf '%s' 'abc123p180329111018' | md5sum}. */
    static final String SIGN = "63823c6b805504907da958a0d15d52c1";
    static final Instant T0 = Instant.parse("2019-01-09T03:01:56Z");

    final MutableClock clock = new MutableClock(T0);
    final InMemoryInbox inbox = new InMemoryInbox();
    final List<DomainEvent> handled = new ArrayList<>();
    final AtomicInteger facePayCalls = new AtomicInteger();
    final AtomicInteger pollCalls = new AtomicInteger();
    volatile boolean paidAfterPoll = false;

    final BluecardApplication app = new BluecardApplication() {
        @Override
        public FacePayOutcome facePay(FacePay.Request r) {
            facePayCalls.incrementAndGet();
            return new FacePayOutcome.Paying();
        }

        @Override
        public FacePayOutcome facePayStatus(FacePayPoll.Request r) {
            pollCalls.incrementAndGet();
            return paidAfterPoll ? new FacePayOutcome.Paid(new FacePay.PayContent("TR-1", r.outTradeNo(), "5.50",
                    "2019-01-09 11:01:56", "", "第三方当面付")) : new FacePayOutcome.Paying();
        }

        @Override
        public boolean lanePayment(LanePayment.Request r, String plate) {
            return plate.equals("京A12345");
        }

        @Override
        public GateDecision openGate(OpenGate.Request r) {
            return r.carType().equals("固定车") ? GateDecision.open("VIP") : GateDecision.parkDecides("临时车");
        }
    };

    BluecardInboundHandler handler(BadRecordPolicy policy) {
        return BluecardInboundHandler.builder().park(PARK, Secret.of("abc123")).inbox(inbox).application(app)
                .listener(handled::add).clock(clock).badRecordPolicy(policy).build();
    }

    final BluecardInboundHandler handler = handler(BadRecordPolicy.QUARANTINE_AND_ACKNOWLEDGE);

    static InboundResponse post(BluecardInboundHandler h, String path, String body, String sign) {
        Map<String, List<String>> headers = sign == null ? Map.of() : Map.of("sign", List.of(sign));
        return h.asHandler().handle(InboundRequest.post(path, headers, body));
    }

    InboundResponse post(String path, String body) {
        return post(handler, path, body, SIGN);
    }

    static String entry(String orderId, String plate, String inTime) {
        return "{\"plate\":\"" + plate + "\",\"ticketCode\":\"\",\"plateColor\":\"蓝色\",\"inTime\":\"" + inTime
                + "\",\"inChannel\":\"东门入口\",\"inImage\":\"" + orderId + ".jpg\",\"orderId\":\"" + orderId
                + "\",\"visitReason\":\"\",\"openGateMode\":\"自动放行\",\"matchMode\":\"全字匹配\",\"idCard\":\"\","
                + "\"confidence\":98,\"carType\":\"临时车\",\"userInfo\":{},\"placeInfo\":[]}";
    }

    static String batch(List<String> records) {
        return "{\"parkNumber\":\"" + PARK + "\",\"size\":" + records.size() + ",\"datas\":[" + String.join(",", records)
                + "]}";
    }

    static final String OK = "{\"status\":\"success\",\"datas\":{\"timeStamp\":\"1547002916000\"}}";

    @Test
    void routesOnePerPushPlusTheGeneralOne() {
        List<Route> routes = handler.routes();
        assertThat(routes).hasSize(17);
        assertThat(routes.stream().map(Route::path).collect(Collectors.toSet())).hasSize(17)
                .contains("/bluecard/heartbeat", "/bluecard/carIn", "/bluecard/opengate", "/bluecard/general");
        assertThat(routes).allMatch(r -> r.vendor().equals("bluecard"));
    }

    @Test
    void heartbeatIsAnsweredAsDocumentedAndFeedsLinkHealth() {
        String hb = "{\"parkNumber\":\"" + PARK + "\",\"parkName\":\"蓝卡\",\"spaceCount\":400,\"freeSpaceCount\":12,"
                + "\"bookSpaceCount\":0,\"bookInParkCount\":0,\"areaList\":[]}";
        assertThat(post("/bluecard/heartbeat", hb).bodyText()).isEqualTo(OK);
        assertThat(handler.linkHealth().status(PARK).online()).isTrue();
        assertThat(handler.linkHealth().status(PARK).missedBeats()).isZero();
        clock.advance(Duration.ofSeconds(61));
        assertThat(handler.linkHealth().status(PARK).missedBeats()).isEqualTo(2);
        assertThat(handler.linkHealth().status(PARK).online()).isTrue();
        clock.advance(Duration.ofSeconds(30));
        assertThat(handler.linkHealth().status(PARK).missedBeats()).isEqualTo(3);
        assertThat(handler.linkHealth().status(PARK).online()).isFalse();
        assertThat(handler.linkHealth().status(PARK).lastHeartbeat()).contains(T0);
        assertThat(handler.linkHealth().status("other").online()).isFalse();
        assertThat(handled).singleElement().isInstanceOf(DomainEvent.HeartbeatReceived.class);
        assertThat(inbox.messages()).isEmpty();
    }

    @Test
    void everyRequestMustCarryTheRightSign() {
        String body = batch(List.of(entry("1", "京A12345", "2019-01-09 10:00:00")));
        for (String bad : new String[] {null, "", "0" + SIGN.substring(1), SIGN + "0"}) {
            InboundResponse r = post(handler, "/bluecard/carIn", body, bad);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.bodyText()).startsWith("{\"status\":\"fail\",\"errorCode\":\"sign:");
        }
        assertThat(post(handler, "/bluecard/carIn", body.replace(PARK, "p999"), SIGN).bodyText()).contains("sign:");
        assertThat(inbox.messages()).isEmpty();
    }

    @Test
    void entryBatchBecomesOneEventPerRecordAndAResendIsAcknowledgedNotReprocessed() {
        String body = batch(List.of(entry("126", "京A12345", "2018-07-11 16:32:56"), entry("127", "", "2018-07-11 16:33:00")));
        assertThat(post("/bluecard/carIn", body).bodyText()).isEqualTo(OK);
        assertThat(post("/bluecard/carIn", body).bodyText()).isEqualTo(OK);
        assertThat(inbox.messages()).hasSize(2);
        assertThat(handled).hasSize(2);
        DomainEvent.VehicleEntered e = (DomainEvent.VehicleEntered) inbox.messages().get(0).event();
        assertThat(e.key()).isEqualTo("bluecard:entry:p180329111018/126");
        assertThat(e.plate().number()).isEqualTo("京A12345");
        assertThat(e.plate().color()).isEqualTo(PlateColor.BLUE);
        assertThat(e.occurredAt()).isEqualTo(Instant.parse("2018-07-11T08:32:56Z"));
        assertThat(e.laneId()).isEqualTo("东门入口");
        assertThat(((DomainEvent.VehicleEntered) inbox.messages().get(1).event()).plate().isUnlicensed()).isTrue();
    }

    @Test
    void oneBadRecordIsQuarantinedAndTheBatchAcknowledgedByDefault() {
        String body = batch(List.of(entry("1", "京A12345", "2019-01-09 10:00:00"), entry("2", "京A54321", "2019-13-09 10:00")));
        assertThat(post("/bluecard/carIn", body).bodyText()).isEqualTo(OK);
        List<InboxMessage> m = inbox.messages();
        assertThat(m).hasSize(2);
        assertThat(m.get(0).event()).isInstanceOf(DomainEvent.VehicleEntered.class);
        DomainEvent.VendorNotice rejected = (DomainEvent.VendorNotice) m.get(1).event();
        assertThat(rejected.type()).isEqualTo("rejected-record");
        assertThat(rejected.rawJson()).contains("datas[1].inTime");
        post("/bluecard/carIn", body);
        assertThat(inbox.messages()).hasSize(2);
    }

    @Test
    void rejectBatchPolicyAnswersFailSoBluecardResendsAndTheGoodRecordIsStoredOnce() {
        BluecardInboundHandler strict = handler(BadRecordPolicy.REJECT_BATCH);
        String body = batch(List.of(entry("1", "京A12345", "2019-01-09 10:00:00"), entry("2", "京A54321", "bad")));
        for (int i = 0; i < 3; i++) {
            assertThat(post(strict, "/bluecard/carIn", body, SIGN).bodyText())
                    .isEqualTo("{\"status\":\"fail\",\"errorCode\":\"datas[1].inTime: expected a time yyyy-MM-dd HH:mm:ss\"}");
        }
        assertThat(inbox.messages()).hasSize(1);
        assertThat(handled).hasSize(1);
    }

    @Test
    void seededRandomBatchesReplayedInRandomOrderHandleEveryGoodRecordOnceUnderBothPolicies() {
        for (BadRecordPolicy policy : BadRecordPolicy.values()) {
            InMemoryInbox box = new InMemoryInbox();
            List<DomainEvent> seen = new ArrayList<>();
            BluecardInboundHandler h = BluecardInboundHandler.builder().park(PARK, Secret.of("abc123")).inbox(box)
                    .listener(seen::add).clock(clock).badRecordPolicy(policy).build();
            java.util.Random random = new java.util.Random(7);
            java.util.Set<String> good = new java.util.HashSet<>();
            List<String> batches = new ArrayList<>();
            for (int b = 0; b < 30; b++) {
                List<String> records = new ArrayList<>();
                for (int i = 0, n = 1 + random.nextInt(10); i < n; i++) {
                    String id = "R" + random.nextInt(60);
                    boolean bad = random.nextInt(8) == 0;
                    records.add(entry(id, "京A12345", bad ? "2019-02-30 10:00:00" : "2019-01-09 10:00:00"));
                    if (!bad) {
                        good.add("bluecard:entry:" + PARK + "/" + id);
                    }
                }
                batches.add(batch(records));
            }
            for (int replay = 0; replay < 5; replay++) {
                java.util.Collections.shuffle(batches, random);
                batches.forEach(body -> post(h, "/bluecard/carIn", body, SIGN));
            }
            assertThat(box.messages()).filteredOn(m -> m.event() instanceof DomainEvent.VehicleEntered)
                    .extracting(InboxMessage::key).containsExactlyInAnyOrderElementsOf(good);
            assertThat(seen).filteredOn(e -> e instanceof DomainEvent.VehicleEntered).hasSize(good.size());
        }
    }

    @Test
    void hugeValuesAreRefusedWithBoundedKeysAndNoEchoOfTheValue() {
        String huge = "9".repeat(100_000);
        BluecardInboundHandler strict = handler(BadRecordPolicy.REJECT_BATCH);
        String longId = batch(List.of(entry(huge, "京A12345", "2019-01-09 10:00:00")));
        assertThat(post(strict, "/bluecard/carIn", longId, SIGN).bodyText())
                .isEqualTo("{\"status\":\"fail\",\"errorCode\":\"datas[0].inImage: expected at most 256 characters\"}");
        String bigNumber = batch(List.of(entry("1", "京A12345", "2019-01-09 10:00:00").replace("\"confidence\":98",
                "\"confidence\":\"" + "9".repeat(5000) + "\"")));
        String reply = post(strict, "/bluecard/carIn", bigNumber, SIGN).bodyText();
        assertThat(reply).isEqualTo("{\"status\":\"fail\",\"errorCode\":\"datas[0].confidence: expected a value of the documented type\"}");
        assertThat(inbox.messages()).isEmpty();

        // quarantined by default: a bounded copy under a hash key
        assertThat(post("/bluecard/carIn", longId).bodyText()).isEqualTo(OK);
        InboxMessage m = inbox.messages().get(0);
        assertThat(m.key().length()).isLessThan(120);
        assertThat(m.rawBody().length()).isEqualTo(16 * 1024);
        assertThat(((DomainEvent.VendorNotice) m.event()).rawJson()).contains("\"truncated\":true", "\"length\":");

        String longPark = batch(List.of(entry("1", "京A12345", "2019-01-09 10:00:00"))).replace(PARK, "p".repeat(65));
        assertThat(post("/bluecard/carIn", longPark).bodyText()).contains("parkNumber: expected the park number");
        assertThat(post("/bluecard/imageUpload", "{\"parkNumber\":\"" + PARK + "\",\"imageName\":\"" + huge
                + "\",\"image\":\"aGVsbG8=\"}").bodyText()).isEqualTo(
                        "{\"status\":\"fail\",\"errorCode\":\"imageName: expected at most 128 characters\"}");
    }

    @Test
    void batchesOutside1To10AreRefusedWhole() {
        List<String> eleven = IntStream.range(0, 11).mapToObj(i -> entry("" + i, "京A12345", "2019-01-09 10:00:00")).toList();
        assertThat(post("/bluecard/carIn", batch(eleven)).bodyText()).contains("datas: expected an array of 1 to 10");
        assertThat(post("/bluecard/carIn", batch(List.of())).bodyText()).contains("\"status\":\"fail\"");
        assertThat(inbox.messages()).isEmpty();
    }

    @Test
    void malformedBodiesGetTheVendorsErrorShape() {
        assertThat(post("/bluecard/carIn", "<xml/>").bodyText()).isEqualTo("{\"status\":\"fail\",\"errorCode\":\"body: expected a JSON object\"}");
        assertThat(post("/bluecard/nowhere", "{}").bodyText()).contains("path: expected");
    }

    @Test
    void exitRecordMapsToVehicleExitedWithTheCharge() {
        String exit = "{\"orderId\":\"126\",\"carInfo\":{\"plate\":\"京A12345\",\"plateColor\":\"蓝色\",\"carType\":\"白名单\","
                + "\"confidence\":\"98\"},\"userInfo\":{\"idCard\":\"\"},\"passInfo\":{\"inTime\":\"2018-07-11 16:32:56\","
                + "\"outTime\":\"2018-07-11 17:50:01\",\"inImage\":\"\",\"outImage\":\"o.jpg\",\"inChannel\":\"\",\"outChannel\":\"西门出口\","
                + "\"openGateMode\":\"自动放行\",\"matchMode\":\"全字匹配\"},\"chargeStatistics\":{\"charge\":\"12.00\",\"onLineCharge\":\"5.00\","
                + "\"offLineCharge\":\"2.00\",\"profitChargeTotal\":\"5.00\",\"onLineProfitChargeNum\":\"3.00\",\"onLineProfitChargeValue\":\"2.00\","
                + "\"offLineProfitChargeNum\":\"1.00\",\"offLineProfitChargeValue\":\"1.00\",\"onLineProfitTimeNum\":\"60\","
                + "\"onLineProfitTimeValue\":\"1.50\",\"offLineProfitTimeNum\":\"30\",\"offLineProfitTimeValue\":\"0.50\"},"
                + "\"chargeList\":[],\"profitList\":[],\"placeInfo\":[]}";
        assertThat(post("/bluecard/carOut", batch(List.of(exit))).bodyText()).isEqualTo(OK);
        DomainEvent.VehicleExited e = (DomainEvent.VehicleExited) inbox.messages().get(0).event();
        assertThat(e.charged()).isEqualTo(Money.ofYuan(12));
        assertThat(e.enteredAt()).isEqualTo(Instant.parse("2018-07-11T08:32:56Z"));
        assertThat(e.laneId()).isEqualTo("西门出口");
        assertThat(e.imageUrls()).containsExactly("o.jpg");
    }

    @Test
    void malformedMoneyInAChargeRecordIsRejectedNamingTheField() {
        String rec = "{\"plate\":\"京A12345\",\"inTime\":\"2019-01-09 10:00:00\",\"outTime\":\"2019-01-09 11:00:00\","
                + "\"payKind\":\"微信\",\"payChannel\":\"微信支付\",\"payNo\":\"N1\",\"memo\":\"\",\"charge\":\"12.345\","
                + "\"realCharge\":\"12\",\"couponCharge\":\"0\"}";
        BluecardInboundHandler strict = handler(BadRecordPolicy.REJECT_BATCH);
        assertThat(post(strict, "/bluecard/chargeUpload", batch(List.of(rec)), SIGN).bodyText()).isEqualTo(
                "{\"status\":\"fail\",\"errorCode\":\"datas[0].charge: expected a yuan amount with at most two decimals such as 12.50\"}");
        assertThat(post(strict, "/bluecard/chargeUpload", batch(List.of(rec.replace("12.345", "12.34"))), SIGN).bodyText()).isEqualTo(OK);
        DomainEvent.PaymentCompleted p = (DomainEvent.PaymentCompleted) inbox.messages().get(0).event();
        assertThat(p.amount()).isEqualTo(Money.ofYuan(12));
        assertThat(p.key()).isEqualTo("bluecard:payment:p180329111018/N1".replace("payment", "charge"));
    }

    @Test
    void generalModeDispatchesOnMethod() {
        String gate = "{\"parkNumber\":\"" + PARK + "\",\"method\":\"opengate\",\"plate\":\"京A12345\",\"plateColor\":\"蓝色\","
                + "\"carType\":\"固定车\",\"confidence\":100,\"doTime\":\"2019-01-09 11:01:56\",\"passageway\":\"正门入口\","
                + "\"inOutType\":1,\"area\":\"地上\"}";
        assertThat(post("/bluecard/general", gate).bodyText()).isEqualTo("{\"status\":\"success\",\"errorCode\":\"VIP\"}");
        assertThat(post("/bluecard/opengate", gate.replace("固定车", "临时车")).bodyText())
                .isEqualTo("{\"status\":\"self\",\"errorCode\":\"临时车\"}");
        assertThat(post("/bluecard/general", gate.replace("opengate", "openGate")).bodyText()).contains("method: expected");
        assertThat(post("/bluecard/parkingspacefee", gate).bodyText()).contains("method: expected parkingspacefee");
        String sync = "{\"parkNumber\":\"" + PARK + "\",\"method\":\"fixedListUp\",\"size\":1,\"datas\":[{\"plate\":\"京A12345\","
                + "\"fixedId\":7,\"operate\":\"1\",\"timeStamp\":\"1\",\"areasAndValidity\":[]}]}";
        assertThat(post("/bluecard/general", sync).bodyText()).isEqualTo(OK);
        assertThat(inbox.messages()).singleElement().extracting(InboxMessage::key)
                .isEqualTo("bluecard:whitelist-sync:p180329111018/7:1:1");
    }

    @Test
    void facePayAnswersUserPayingThenPollingDeliversThePaymentOnce() {
        String req = "{\"parkNumber\":\"" + PARK + "\",\"outTradeNo\":\"p1_0_126_110156\",\"payCharge\":\"5.50\","
                + "\"plate\":\"京A12345\",\"authCode\":\"134567\",\"orderId\":\"126\"}";
        String poll = "{\"parkNumber\":\"" + PARK + "\",\"outTradeNo\":\"p1_0_126_110156\",\"plate\":\"京A12345\",\"orderId\":\"126\"}";
        assertThat(post("/bluecard/facePay", req).bodyText())
                .isEqualTo("{\"status\":\"fail\",\"errorCode\":\"USERPAYING\",\"payTypeId\":\"31\"}");
        assertThat(post("/bluecard/facePayPoll", poll).bodyText()).isEqualTo("{\"status\":\"fail\",\"errorCode\":\"USERPAYING\"}");
        paidAfterPoll = true;
        String paid = "{\"status\":\"success\",\"datas\":{\"tradeNo\":\"TR-1\",\"outTradeNo\":\"p1_0_126_110156\",\"payCharge\":\"5.50\","
                + "\"payTime\":\"2019-01-09 11:01:56\",\"userId\":\"\",\"payType\":\"第三方当面付\"}}";
        assertThat(post("/bluecard/facePayPoll", poll).bodyText()).isEqualTo(paid);
        assertThat(post("/bluecard/facePayPoll", poll).bodyText()).isEqualTo(paid);
        assertThat(pollCalls).hasValue(2);
        // a resent 4.24 for a paid order is answered from memory, not charged again
        assertThat(post("/bluecard/facePay", req).bodyText()).contains("\"payContent\":{\"tradeNo\":\"TR-1\"");
        assertThat(facePayCalls).hasValue(1);
        assertThat(inbox.messages()).singleElement().satisfies(m -> assertThat(m.event())
                .isInstanceOf(DomainEvent.PaymentCompleted.class));
        assertThat(handler.payments().get("p1_0_126_110156").orElseThrow().state()).isEqualTo(PaymentSessions.State.PAID);
    }

    @Test
    void aFacePayResentWhileTheFirstIsStillChargingIsNotChargedTwice() throws Exception {
        java.util.concurrent.CountDownLatch charging = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        AtomicInteger charges = new AtomicInteger();
        BluecardApplication slow = new BluecardApplication() {
            @Override
            public FacePayOutcome facePay(FacePay.Request r) {
                charges.incrementAndGet();
                charging.countDown();
                try {
                    release.await(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new FacePayOutcome.Paid(new FacePay.PayContent("TR-9", r.outTradeNo(), "5.50",
                        "2019-01-09 11:01:56", "", "第三方当面付"));
            }
        };
        BluecardInboundHandler h = BluecardInboundHandler.builder().park(PARK, Secret.of("abc123")).inbox(inbox)
                .application(slow).clock(clock).build();
        String req = "{\"parkNumber\":\"" + PARK + "\",\"outTradeNo\":\"Y\",\"payCharge\":\"5.50\","
                + "\"plate\":\"京A12345\",\"authCode\":\"1\",\"orderId\":\"126\"}";
        List<String> replies = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread first = new Thread(() -> replies.add(post(h, "/bluecard/facePay", req, SIGN).bodyText()));
        Thread resent = new Thread(() -> replies.add(post(h, "/bluecard/facePay", req, SIGN).bodyText()));
        first.start();
        assertThat(charging.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        resent.start();
        // the resend must be parked (on the order's lock, or, without it, inside a second charge)
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (resent.getState() != Thread.State.BLOCKED && resent.getState() != Thread.State.WAITING
                && resent.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        release.countDown();
        first.join(10_000);
        resent.join(10_000);
        assertThat(charges).hasValue(1);
        assertThat(replies).hasSize(2).allSatisfy(r -> assertThat(r).contains("\"tradeNo\":\"TR-9\""));
        assertThat(inbox.messages()).singleElement().satisfies(m -> assertThat(m.event())
                .isInstanceOf(DomainEvent.PaymentCompleted.class));
    }

    @Test
    void paymentSessionsAreBoundedAndForgetTheOldestOrderFirst() {
        PaymentSessions sessions = new PaymentSessions(2);
        sessions.record("A", new FacePayOutcome.Paying());
        sessions.record("B", new FacePayOutcome.Paying());
        sessions.record("C", new FacePayOutcome.Paying());
        assertThat(sessions.get("A")).isEmpty();
        assertThat(sessions.get("B")).isPresent();
        assertThat(sessions.get("C")).isPresent();
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> new PaymentSessions(0)))
                .hasMessageContaining("capacity");
    }

    @Test
    void cancelAfterPollingEndsTheOrder() {
        String req = "{\"parkNumber\":\"" + PARK + "\",\"outTradeNo\":\"X\",\"payCharge\":\"5.50\",\"plate\":\"京A12345\","
                + "\"authCode\":\"1\",\"orderId\":\"126\"}";
        String order = "{\"parkNumber\":\"" + PARK + "\",\"outTradeNo\":\"X\",\"plate\":\"京A12345\",\"orderId\":\"126\"}";
        post("/bluecard/facePay", req);
        assertThat(post("/bluecard/facePayCancel", order).bodyText()).isEqualTo(OK);
        assertThat(handler.payments().get("X").orElseThrow().state()).isEqualTo(PaymentSessions.State.CANCELLED);
        paidAfterPoll = true;
        assertThat(post("/bluecard/facePayPoll", order).bodyText()).contains("cancelled");
    }

    @Test
    void aNegativeAmountToCollectIsRefusedNamingTheFieldBeforeTheApplicationIsAsked() {
        String lane = "{\"parkNumber\":\"" + PARK + "\",\"plateID\":\"%E4%BA%ACA12345\",\"payCharge\":\"-3.00\",\"outTradeNo\":\"N1\"}";
        assertThat(post("/bluecard/lanePay", lane).bodyText()).contains("\"status\":\"fail\"").contains("payCharge")
                .contains("zero or more");
        String face = "{\"parkNumber\":\"" + PARK + "\",\"outTradeNo\":\"N2\",\"payCharge\":\"-5.50\","
                + "\"plate\":\"京A12345\",\"authCode\":\"1\",\"orderId\":\"126\"}";
        assertThat(post("/bluecard/facePay", face).bodyText()).contains("\"status\":\"fail\"").contains("payCharge");
        assertThat(facePayCalls).hasValue(0);
        assertThat(handler.payments().get("N1")).isEmpty();
        assertThat(inbox.messages()).isEmpty();
    }

    @Test
    void lanePaymentDecodesThePlateAndAnswersStatusOnly() {
        String body = "{\"parkNumber\":\"" + PARK + "\",\"plateID\":\"%E4%BA%ACA12345\",\"payCharge\":\"3.00\",\"outTradeNo\":\"L1\"}";
        assertThat(post("/bluecard/lanePay", body).bodyText()).isEqualTo("{\"status\":\"success\"}");
        assertThat(post("/bluecard/lanePay", body.replace("%E4%BA%ACA12345", "%E4%BA%ACB00000").replace("L1", "L2")).bodyText())
                .contains("\"status\":\"fail\"");
        assertThat(inbox.messages()).hasSize(1);
        // the same order again: answered success from memory, the application is not asked twice
        assertThat(post("/bluecard/lanePay", body).bodyText()).isEqualTo("{\"status\":\"success\"}");
        assertThat(inbox.messages()).hasSize(1);
    }

    @Test
    void severalParksEachVerifiedWithItsOwnKey() {
        BluecardInboundHandler multi = BluecardInboundHandler.builder()
                .keys(p -> java.util.Optional.ofNullable(Map.of(PARK, Secret.of("abc123"), "P8", Secret.of("蓝卡密钥")).get(p)))
                .inbox(inbox).clock(clock).build();
        String p8 = batch(List.of(entry("9", "京A12345", "2019-01-09 10:00:00"))).replace(PARK, "P8");
        // printf '%s' '蓝卡密钥P8' | md5sum
        assertThat(post(multi, "/bluecard/carIn", p8, "85e0a1f8e79d05809ced75c4be20d16a").bodyText()).isEqualTo(OK);
        assertThat(post(multi, "/bluecard/carIn", p8, SIGN).bodyText()).contains("sign:");
        assertThat(inbox.messages()).extracting(InboxMessage::key).containsExactly("bluecard:entry:P8/9");
    }

    @Test
    void aParkWhoseKeyChangesIsVerifiedWithTheNewKey() {
        java.util.concurrent.atomic.AtomicReference<Secret> key = new java.util.concurrent.atomic.AtomicReference<>(
                Secret.of("abc123"));
        BluecardInboundHandler rotating = BluecardInboundHandler.builder()
                .keys(p -> p.equals(PARK) ? java.util.Optional.of(key.get()) : java.util.Optional.empty())
                .inbox(inbox).clock(clock).build();
        assertThat(post(rotating, "/bluecard/carIn", batch(List.of(entry("1", "京A12345", "2019-01-09 10:00:00"))),
                SIGN).bodyText()).isEqualTo(OK);
        key.set(Secret.of("new-key"));
        String body = batch(List.of(entry("2", "京A12345", "2019-01-09 10:00:00")));
        assertThat(post(rotating, "/bluecard/carIn", body, SIGN).bodyText()).contains("sign:");
        String newSign = io.parkbridge.protocol.bluecard.BluecardSigner.sign(Secret.of("new-key"), PARK);
        assertThat(post(rotating, "/bluecard/carIn", body, newSign.toUpperCase(java.util.Locale.ROOT)).bodyText())
                .isEqualTo(OK);
        assertThat(inbox.messages()).extracting(InboxMessage::key)
                .containsExactly("bluecard:entry:" + PARK + "/1", "bluecard:entry:" + PARK + "/2");
    }

    @Test
    void aFailingInboxAnswersFailSoBluecardResends() {
        BluecardInboundHandler broken = BluecardInboundHandler.builder().park(PARK, Secret.of("abc123"))
                .inbox(m -> {
                    throw new IllegalStateException("database down: jdbc:postgresql://db/parkbridge");
                }).clock(clock).build();
        String body = batch(List.of(entry("1", "京A12345", "2019-01-09 10:00:00")));
        String reply = post(broken, "/bluecard/carIn", body, SIGN).bodyText();
        assertThat(reply).isEqualTo("{\"status\":\"fail\",\"errorCode\":\"internal error (IllegalStateException), retry later\"}");
        assertThat(reply).doesNotContain("jdbc");
        assertThat(post("/bluecard/carIn", body).bodyText()).isEqualTo(OK);
    }

    @Test
    void preExitFeeDefaultKeepsTheParksCalculation() {
        String body = "{\"parkNumber\":\"" + PARK + "\",\"plate\":\"京A12345\",\"orderId\":\"123\",\"charge\":\"86.43\","
                + "\"onLineCharge\":\"0\",\"offLineCharge\":\"0\",\"profitCharge\":\"0\",\"profitTime\":\"0\",\"payCharge\":\"86.43\","
                + "\"outTradeNo\":\"p_0_123_175104\",\"userType\":\"0\",\"value\":\"0\",\"memo\":\"\",\"inTime\":\"\","
                + "\"outTime\":\"2019-01-09 11:01:56\",\"inImage\":\"\",\"outImage\":\"o.jpg\",\"inChannel\":\"\",\"outChannel\":\"西门\"}";
        assertThat(post("/bluecard/preExitFee", body).bodyText()).isEqualTo("{\"status\":\"success\",\"datas\":{\"payCharge\":"
                + "\"86.43\",\"realCharge\":\"0.00\",\"payKind\":\"\",\"timeStamp\":\"1547002916000\",\"chargeList\":[]}}");
    }
}
