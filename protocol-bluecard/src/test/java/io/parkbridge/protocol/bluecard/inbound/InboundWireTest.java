package io.parkbridge.protocol.bluecard.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import io.parkbridge.core.port.InMemoryInbox;
import io.parkbridge.protocol.bluecard.MutableClock;
import io.parkbridge.protocol.bluecard.catalog.BluecardInterface;
import io.parkbridge.protocol.bluecard.catalog.Direction;
import io.parkbridge.protocol.bluecard.message.FacePay;
import io.parkbridge.protocol.bluecard.message.FacePayPoll;
import io.parkbridge.protocol.bluecard.message.LanePayment;
import io.parkbridge.protocol.bluecard.message.OpenGate;
import io.parkbridge.protocol.bluecard.message.QrCodeRequest;
import io.parkbridge.protocol.bluecard.message.QrPaymentQuery;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.inbound.InboundRequest;
import io.parkbridge.protocol.support.inbound.InboundResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The exact reply to every push, parameterised over the catalogue (the mirror of the client wire test). */
class InboundWireTest {
    static final String P = "\"parkNumber\":\"p180329111018\"";
    static final String SIGN = "63823c6b805504907da958a0d15d52c1"; // printf '%s' 'abc123p180329111018' | md5sum
    static final String OK = "{\"status\":\"success\",\"datas\":{\"timeStamp\":\"1547002916000\"}}";
    static final String PAY = "{\"tradeNo\":\"TR-1\",\"outTradeNo\":\"F1\",\"payCharge\":\"5.50\",\"payTime\":\"2019-01-09 11:01:56\","
            + "\"userId\":\"\",\"payType\":\"第三方当面付\"}";

    static final BluecardApplication APP = new BluecardApplication() {
        @Override
        public Optional<QrCodeRequest.Answer> qrCode(QrCodeRequest.Request r) {
            return Optional.of(new QrCodeRequest.Answer(null, "https://pay.example/qr/" + r.outTradeNo(), null));
        }

        @Override
        public Optional<QrPaymentQuery.Answer> qrPayment(QrPaymentQuery.Request r) {
            return Optional.of(new QrPaymentQuery.Answer(null, r.outTradeNo(), "微信", "2.00", "W-1", "", "京A12345"));
        }

        @Override
        public FacePayOutcome facePay(FacePay.Request r) {
            return new FacePayOutcome.Paid(new FacePay.PayContent("TR-1", r.outTradeNo(), "5.50", "2019-01-09 11:01:56", "",
                    "第三方当面付"));
        }

        @Override
        public FacePayOutcome facePayStatus(FacePayPoll.Request r) {
            return facePay(new FacePay.Request(r.parkNumber(), r.outTradeNo(), "5.50", r.plate(), "x", r.orderId()));
        }

        @Override
        public boolean lanePayment(LanePayment.Request r, String plate) {
            return true;
        }

        @Override
        public GateDecision openGate(OpenGate.Request r) {
            return GateDecision.open("VIP");
        }
    };

    record Case(BluecardInterface api, String path, String body, String reply) {
        @Override
        public String toString() {
            return api.label();
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case(BluecardInterface.HEARTBEAT, "heartbeat", "{" + P + ",\"parkName\":\"蓝卡\",\"spaceCount\":400,"
                        + "\"freeSpaceCount\":12,\"bookSpaceCount\":0,\"bookInParkCount\":0,\"areaList\":[{\"areaName\":\"地上停车场\","
                        + "\"spaceCount\":400,\"lastSpaceCount\":12,\"bookSpaceCount\":0,\"bookInParkCount\":0,\"areaId\":1}]}", OK),
                new Case(BluecardInterface.CAR_IN, "carIn", "{" + P + ",\"size\":1,\"datas\":[{\"plate\":\"京A12345\",\"ticketCode\":\"\","
                        + "\"plateColor\":\"蓝牌\",\"inTime\":\"2019-01-09 10:00:00\",\"inChannel\":\"东门入口\",\"inImage\":\"1.jpg\","
                        + "\"orderId\":\"126\",\"visitReason\":\"\",\"openGateMode\":\"自动抬杆\",\"matchMode\":\"全字匹配\",\"idCard\":\"\","
                        + "\"confidence\":100,\"carType\":\"临时车\",\"userInfo\":{},\"placeInfo\":[]}]}", OK),
                new Case(BluecardInterface.CAR_OUT, "carOut", "{" + P + ",\"size\":1,\"datas\":[{\"orderId\":\"126\",\"carInfo\":{"
                        + "\"plate\":\"京A12345\",\"carType\":\"临时车\",\"confidence\":100},\"userInfo\":{},\"passInfo\":{\"inTime\":\"\","
                        + "\"outTime\":\"2019-01-09 11:00:00\",\"outImage\":\"o.jpg\",\"outChannel\":\"西门\",\"openGateMode\":\"手动放行\","
                        + "\"matchMode\":\"人工纠正\"},\"chargeStatistics\":{\"charge\":\"2\",\"onLineCharge\":\"0\",\"offLineCharge\":\"2\","
                        + "\"profitChargeTotal\":\"0\",\"onLineProfitChargeNum\":\"0\",\"onLineProfitChargeValue\":\"0\","
                        + "\"offLineProfitChargeNum\":\"0\",\"offLineProfitChargeValue\":\"0\",\"onLineProfitTimeNum\":\"0\","
                        + "\"onLineProfitTimeValue\":\"0\",\"offLineProfitTimeNum\":\"0\",\"offLineProfitTimeValue\":\"0\"},"
                        + "\"chargeList\":[],\"profitList\":[],\"placeInfo\":[]}]}", OK),
                new Case(BluecardInterface.CHARGE_BEFORE_EXIT, "preExitFee", "{" + P + ",\"plate\":\"京A12345\",\"orderId\":\"123\","
                        + "\"charge\":\"8\",\"onLineCharge\":\"1.5\",\"offLineCharge\":\"2\",\"profitCharge\":\"0\",\"profitTime\":\"0\","
                        + "\"payCharge\":\"8\",\"outTradeNo\":\"T\",\"userType\":\"0\",\"value\":\"0\",\"memo\":\"\","
                        + "\"outTime\":\"2019-01-09 11:00:00\",\"outImage\":\"o.jpg\",\"outChannel\":\"西门\"}",
                        "{\"status\":\"success\",\"datas\":{\"payCharge\":\"8\",\"realCharge\":\"3.50\",\"payKind\":\"\","
                                + "\"timeStamp\":\"1547002916000\",\"chargeList\":[]}}"),
                new Case(BluecardInterface.IMAGE_UPLOAD, "imageUpload", "{" + P + ",\"imageName\":\"1806490001_20180101120101_1.jpg^17\","
                        + "\"image\":\"aGVsbG8 d29ybGQ=\"}", OK),
                new Case(BluecardInterface.CHARGE_UPLOAD, "chargeUpload", "{" + P + ",\"size\":1,\"datas\":[{\"plate\":\"京A12345\","
                        + "\"inTime\":\"2019-01-09 10:00:00\",\"outTime\":\"2019-01-09 11:00:00\",\"payKind\":\"微信支付\","
                        + "\"payChannel\":\"自助缴费\",\"memo\":\"\",\"charge\":\"2.0\",\"realCharge\":\"2\",\"couponCharge\":\"0\"}]}", OK),
                new Case(BluecardInterface.QR_CODE, "qrCode", "{" + P + ",\"outTradeNo\":\"Q1\",\"payCharge\":\"2.00\",\"plate\":\"京A12345\"}",
                        "{\"status\":\"success\",\"datas\":{\"timeStamp\":\"1547002916000\",\"qrCode\":\"https://pay.example/qr/Q1\"}}"),
                new Case(BluecardInterface.QR_PAY_QUERY, "qrPayQuery", "{" + P + ",\"outTradeNo\":\"Q1\"}",
                        "{\"status\":\"success\",\"datas\":{\"timeStamp\":\"1547002916000\",\"outTradeNo\":\"Q1\",\"payType\":\"微信\","
                                + "\"totalFee\":\"2.00\",\"tradeNo\":\"W-1\",\"userId\":\"\",\"plate\":\"京A12345\"}}"),
                new Case(BluecardInterface.LANE_INFO, "laneInfo", "{" + P + ",\"size\":1,\"datas\":[{\"passagewayId\":\"1\","
                        + "\"passagewayName\":\"东门入口\",\"sourceAreaId\":\"0\",\"targetAreaId\":\"1\"}]}", OK),
                new Case(BluecardInterface.FACE_PAY, "facePay", "{" + P + ",\"outTradeNo\":\"F1\",\"payCharge\":\"5.50\","
                        + "\"plate\":\"京A12345\",\"authCode\":\"134567\",\"orderId\":\"126\"}",
                        "{\"status\":\"success\",\"datas\":{\"payContent\":" + PAY + "},\"payTypeId\":\"31\"}"),
                new Case(BluecardInterface.FACE_PAY_POLL, "facePayPoll", "{" + P + ",\"outTradeNo\":\"F1\",\"plate\":\"京A12345\","
                        + "\"orderId\":\"126\"}", "{\"status\":\"success\",\"datas\":" + PAY + "}"),
                new Case(BluecardInterface.FACE_PAY_CANCEL, "facePayCancel", "{" + P + ",\"outTradeNo\":\"F2\",\"plate\":\"京A12345\","
                        + "\"orderId\":\"126\"}", OK),
                new Case(BluecardInterface.LANE_PAY, "lanePay", "{" + P + ",\"plateID\":\"%E4%BA%ACA12345\",\"payCharge\":\"3.00\","
                        + "\"outTradeNo\":\"L1\"}", "{\"status\":\"success\"}"),
                new Case(BluecardInterface.OPEN_GATE, "general", "{" + P + ",\"method\":\"opengate\",\"plate\":\"京A12345\","
                        + "\"carType\":\"固定车\",\"confidence\":\"100\",\"doTime\":\"2019-01-09 11:00:00\",\"passageway\":\"正门入口\","
                        + "\"inOutType\":1,\"area\":\"地上\"}", "{\"status\":\"success\",\"errorCode\":\"VIP\"}"),
                new Case(BluecardInterface.PARKING_SPACE_FEE, "general", "{" + P + ",\"method\":\"parkingspacefee\",\"size\":1,"
                        + "\"datas\":[{\"plate\":\"京Q1NY80/京N830S1\",\"carGroupName\":\"月租\",\"payTime\":\"2019-01-09 11:00:00\","
                        + "\"payCharge\":\"300\",\"number\":\"A1\",\"feeMonth\":\"1\",\"end\":\"2019-02-09 11:00:00\","
                        + "\"placeFeeOrderRecId\":\"\",\"carOwnerName\":\"\",\"payType\":\"\",\"orderNo\":\"\"}]}", OK),
                new Case(BluecardInterface.FIXED_LIST_UP, "general", "{" + P + ",\"method\":\"fixedListUp\",\"size\":1,\"datas\":["
                        + "{\"plate\":\"京A12345\",\"fixedId\":7,\"chargeType\":\"不收费\",\"carType\":\"月租车\",\"timeStamp\":\"1\","
                        + "\"source\":\"2\",\"areasAndValidity\":[{\"areaId\":\"14\",\"start\":\"2019-01-01\",\"end\":\"2019-12-31\"}],"
                        + "\"operate\":\"3\"}]}", OK));
    }

    @Test
    void everyPushHasAWireCase() {
        assertThat(cases().map(Case::api)).containsExactlyInAnyOrderElementsOf(BluecardInterface.of(Direction.BLUECARD_TO_US));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersExactlyAsDocumented(Case c) {
        InMemoryInbox inbox = new InMemoryInbox();
        BluecardInboundHandler handler = BluecardInboundHandler.builder().park("p180329111018", Secret.of("abc123"))
                .inbox(inbox).application(APP).clock(new MutableClock(Instant.parse("2019-01-09T03:01:56Z"))).build();
        InboundResponse r = handler.asHandler().handle(InboundRequest.post("/bluecard/" + c.path(),
                Map.of("sign", List.of(SIGN)), c.body()));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.headers()).containsEntry("Content-Type", "application/json; charset=UTF-8");
        assertThat(r.bodyText()).isEqualTo(c.reply());
        // the same push without the sign is refused and stores nothing new
        int stored = inbox.messages().size();
        assertThat(handler.asHandler().handle(InboundRequest.post("/bluecard/" + c.path(), Map.of(), c.body())).bodyText())
                .startsWith("{\"status\":\"fail\",\"errorCode\":\"sign:");
        assertThat(inbox.messages()).hasSize(stored);
    }
}
