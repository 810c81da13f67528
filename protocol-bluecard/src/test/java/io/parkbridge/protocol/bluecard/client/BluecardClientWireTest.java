package io.parkbridge.protocol.bluecard.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parkbridge.core.fee.FeeQuote;
import io.parkbridge.core.money.Money;
import io.parkbridge.protocol.bluecard.catalog.BluecardInterface;
import io.parkbridge.protocol.bluecard.catalog.Direction;
import io.parkbridge.protocol.bluecard.message.BlacklistIssue;
import io.parkbridge.protocol.bluecard.message.BookingIssue;
import io.parkbridge.protocol.bluecard.message.BookingQuery;
import io.parkbridge.protocol.bluecard.message.FeeCalculation;
import io.parkbridge.protocol.bluecard.message.ImageQuery;
import io.parkbridge.protocol.bluecard.message.PaymentResult;
import io.parkbridge.protocol.bluecard.message.UnlicensedEntry;
import io.parkbridge.protocol.bluecard.message.WhitelistIssue;
import io.parkbridge.protocol.bluecard.message.WhitelistQuery;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.error.AuthenticationException;
import io.parkbridge.protocol.support.error.MalformedMessageException;
import io.parkbridge.protocol.support.error.TransportException;
import io.parkbridge.protocol.support.http.RetryPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Exact wire requests for every call into Bluecard, parameterised over the catalogue. */
class BluecardClientWireTest {
    static final String PARK = "p180329111018";
    /** {@code printf '%s' 'abc123p180329111018' | md5sum}. */
    static final String SIGN = "63823c6b805504907da958a0d15d52c1";
    static final Instant NOW = Instant.parse("2019-01-09T03:01:56Z"); // 11:01:56 in Shanghai
    static final String TS = "{\"status\":\"success\",\"datas\":{\"timeStamp\":\"1547002916000\"}}";
    static final String FEE = "{\"status\":\"success\",\"datas\":{\"orderId\":\"212\",\"plate\":\"京A12345\","
            + "\"inTime\":\"2019-01-09 10:32:56\",\"getTime\":\"2019-01-09 11:01:56\",\"charge\":\"5.00\","
            + "\"payCharge\":\"3\",\"paidTotal\":\"1.00\",\"profitChargeTotal\":\"1\",\"profitTimeTotal\":\"30\","
            + "\"stopTimeTotal\":\"29\",\"paidfreeTime\":\"15\",\"memo\":\"\",\"imgName\":\"a.jpg\","
            + "\"outTradeNo\":\"1_0_212_110156\",\"timeStamp\":\"1547002916000\"}}";

    MockWebServer server;
    List<Duration> sleeps = new ArrayList<>();
    BluecardClient client;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start(java.net.InetAddress.getLoopbackAddress(), 0);
        client = BluecardClient.builder().baseUrl(server.url("/").toString()).parkNumber(PARK).key(Secret.of("abc123"))
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).retryPolicy(new RetryPolicy(3, Duration.ofMillis(10),
                        Duration.ofMillis(10), 1.0)).sleeper(sleeps::add).build();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    record Case(BluecardInterface api, Function<BluecardClient, Object> call, String body, String reply,
            Consumer<Object> check) {
        @Override
        public String toString() {
            return api.label();
        }
    }

    static Stream<Case> cases() {
        Instant end = Instant.parse("2019-02-27T17:01:01Z"); // 2019-02-28 01:01:01 Shanghai
        return Stream.of(
                new Case(BluecardInterface.GET_CHARGE_BF, c -> c.getChargebf("212", "京A12345", "", "", 90),
                        "{\"parkNumber\":\"p180329111018\",\"orderId\":\"212\",\"plate\":\"京A12345\",\"wxOpenId\":\"\","
                                + "\"ticketCode\":\"\",\"couponTime\":\"1.5\"}", FEE,
                        r -> assertThat(((FeeCalculation.Fee) r).outTradeNo()).isEqualTo("1_0_212_110156")),
                new Case(BluecardInterface.SEND_PAY_RES, c -> c.sendPayRes(new BluecardClient.Payment("212", "京A12345",
                        Money.ofFen(300), Money.ofFen(300), NOW, "微信", "扫码付", NOW, "T-1", "1_0_212_110156")),
                        "{\"parkNumber\":\"p180329111018\",\"orderId\":\"212\",\"plate\":\"京A12345\",\"payCharge\":\"3.00\","
                                + "\"realCharge\":\"3.00\",\"payTime\":\"2019-01-09 11:01:56\",\"payType\":\"微信\","
                                + "\"payChannel\":\"扫码付\",\"getTime\":\"2019-01-09 11:01:56\",\"getTimes\":\"2019-01-09 11:01:56\","
                                + "\"transactionID\":\"T-1\",\"outTradeNo\":\"1_0_212_110156\"}",
                        "{\"status\":\"success\",\"errorCode\":null,\"datas\":{\"transactionID\":\"T-1\",\"orderId\":\"212\"}}",
                        r -> assertThat(((PaymentResult.Receipt) r).transactionID()).isEqualTo("T-1")),
                new Case(BluecardInterface.SYN_WHITE, c -> c.synWhite(List.of(new WhitelistIssue.WhiteEntry("京A12345",
                        "不收费", "张三", "", "", "", "蓝牌", "2019-01-01", "2019-12-31", "", "月租", "",
                        List.of(new WhitelistIssue.AreaValidity(14, "2019-01-01", "2019-12-31"))))),
                        "{\"parkNumber\":\"p180329111018\",\"size\":1,\"datas\":[{\"plate\":\"京A12345\",\"chargeType\":\"不收费\","
                                + "\"name\":\"张三\",\"certificate\":\"\",\"address\":\"\",\"phone\":\"\",\"plateColor\":\"蓝牌\","
                                + "\"start\":\"2019-01-01\",\"end\":\"2019-12-31\",\"dept\":\"\",\"carType\":\"月租\",\"memo\":\"\","
                                + "\"areasAndValidity\":[{\"areaId\":14,\"start\":\"2019-01-01\",\"end\":\"2019-12-31\"}]}]}",
                        TS, r -> assertThat(r).isNotNull()),
                new Case(BluecardInterface.DEL_WHITE, c -> c.delWhite("京A12345"),
                        "{\"parkNumber\":\"p180329111018\",\"plate\":\"京A12345\"}", TS, r -> assertThat(r).isNotNull()),
                new Case(BluecardInterface.QUERY_WHITE, c -> c.queryWhite(List.of("京A12345")),
                        "{\"parkNumber\":\"p180329111018\",\"datas\":[{\"plate\":\"京A12345\"}],\"size\":1}",
                        "{\"status\":\"success\",\"datas\":[{\"plate\":\"京A12345\",\"chargeType\":\"不收费\",\"carType\":\"线上月租\","
                                + "\"areasAndValidity\":[{\"areaId\":\"14\",\"start\":\"2019-01-01\",\"end\":\"2019-12-31\"}],"
                                + "\"timeStamp\":\"1\"}]}",
                        r -> assertThat(((List<?>) r)).extracting(e -> ((WhitelistQuery.WhiteEntryFound) e).carType())
                                .containsExactly("线上月租")),
                new Case(BluecardInterface.SYN_BLACK, c -> c.synBlack("线上", List.of(new BlacklistIssue.BlackEntry("京A12345", ""))),
                        "{\"parkNumber\":\"p180329111018\",\"source\":\"线上\",\"size\":1,\"datas\":[{\"plate\":\"京A12345\",\"memo\":\"\"}]}",
                        TS, r -> assertThat(r).isNotNull()),
                new Case(BluecardInterface.DEL_BLACK, c -> c.delBlack("京A12345"),
                        "{\"parkNumber\":\"p180329111018\",\"plate\":\"京A12345\"}", TS, r -> assertThat(r).isNotNull()),
                new Case(BluecardInterface.QUERY_BLACK, c -> c.queryBlack(List.of("京A12345")),
                        "{\"parkNumber\":\"p180329111018\",\"size\":1,\"datas\":[{\"plate\":\"京A12345\"}]}",
                        "{\"status\":\"success\",\"datas\":[{\"plate\":\"京A12345\",\"memo\":\"\"}]}",
                        r -> assertThat(((List<?>) r)).extracting(e -> ((BlacklistIssue.BlackEntry) e).plate())
                                .containsExactly("京A12345")),
                new Case(BluecardInterface.ALTER_CAR_TYPE, BluecardClientWireTest::alter,
                        "{\"parkNumber\":\"p180329111018\",\"plate\":\"京A12345\",\"orderId\":\"212\",\"userType\":\"5\",\"value\":\"50.00\"}",
                        "{\"status\":\"success\",\"errorCode\":null,\"datas\":{\"timeStamp\":\"1\"}}", r -> assertThat(r).isNotNull()),
                new Case(BluecardInterface.SYN_BOOKING_CAR, c -> c.synBookingCar(List.of(new BookingIssue.Booking("京A12345",
                        "2019-01-10 08:00:00", "2019-01-10 18:00:00", "0", "1", "10.00", "B-1", "2019-01-09 11:01:56",
                        "2019-01-10 07:30:00", "2019-01-10 09:00:00", ""))),
                        "{\"parkNumber\":\"p180329111018\",\"datas\":[{\"plate\":\"京A12345\",\"start\":\"2019-01-10 08:00:00\","
                                + "\"end\":\"2019-01-10 18:00:00\",\"areaId\":\"0\",\"flag\":\"1\",\"charge\":\"10.00\","
                                + "\"bookOrderId\":\"B-1\",\"bookOrderTime\":\"2019-01-09 11:01:56\",\"letInStartTime\":\"2019-01-10 07:30:00\","
                                + "\"letInEndTime\":\"2019-01-10 09:00:00\",\"memo\":\"\"}]}", TS, r -> assertThat(r).isNotNull()),
                new Case(BluecardInterface.QUERY_BOOKING_CAR, c -> c.queryBookingCar(List.of("京A12345"), NOW, null),
                        "{\"parkNumber\":\"p180329111018\",\"datas\":{\"plateList\":[\"京A12345\"],\"start\":\"2019-01-09 11:01:56\",\"end\":\"\"}}",
                        "{\"status\":\"success\",\"datas\":{\"timeStamp\":\"1\",\"bookList\":[{\"plate\":\"京A12345\",\"bookOrderId\":\"B-1\"}]}}",
                        r -> assertThat(((BookingQuery.Result) r).bookList()).hasSize(1)),
                new Case(BluecardInterface.QUERY_IMG_BY_NAME, c -> c.queryImgByName(List.of("1806490001_20180101120101_1.jpg^17")),
                        "{\"parkNumber\":\"p180329111018\",\"datas\":[\"1806490001_20180101120101_1.jpg^17\"]}",
                        "{\"status\":\"success\",\"datas\":{\"timeStamp\":\"1\",\"imageList\":[{\"imageName\":\"1806490001_20180101120101_1.jpg^17\","
                                + "\"imageURL\":\"http://127.0.0.1/i.jpg\"}]}}",
                        r -> assertThat(((ImageQuery.Result) r).imageList().get(0).imageURL()).isEqualTo("http://127.0.0.1/i.jpg")),
                new Case(BluecardInterface.REMOTE_LIFT_ROD, c -> c.remoteLiftRod("1"),
                        "{\"parkNumber\":\"p180329111018\",\"passagewayId\":\"1\"}", TS, r -> assertThat(r).isNotNull()),
                new Case(BluecardInterface.COUPON, c -> c.coupon(List.of(c.amountCoupon(1, "C-8", end, "212", "京A12345",
                        Money.ofYuan(8)), c.hourCoupon(2, "C-H", end, "212", "京A12345", 60))),
                        "{\"parkNumber\":\"p180329111018\",\"datas\":[{\"id\":\"1\",\"couponCode\":\"C-8\",\"couponModeId\":\"1\","
                                + "\"end\":\"2019-02-28 01:01:01\",\"orderId\":\"212\",\"plate\":\"京A12345\",\"position\":\"800\"},"
                                + "{\"id\":\"2\",\"couponCode\":\"C-H\",\"couponModeId\":\"0\",\"end\":\"2019-02-28 01:01:01\","
                                + "\"orderId\":\"212\",\"plate\":\"京A12345\",\"position\":\"60\"}]}", TS, r -> assertThat(r).isNotNull()),
                new Case(BluecardInterface.UNLICENSED_CAR_IN, c -> c.unlicensedCarIn("1", "oABC", "1", ""),
                        "{\"parkNumber\":\"p180329111018\",\"method\":\"unlicensedCarIn\",\"codeKind\":\"1\",\"authId\":\"oABC\","
                                + "\"passagewayId\":\"1\",\"ephemeralPlate\":\"\"}",
                        "{\"status\":\"success\",\"datas\":{\"plate\":\"临B00001\",\"inTime\":\"2019-01-09 11:01:56\",\"inImage\":\"\"}}",
                        r -> assertThat(((UnlicensedEntry.Result) r).plate()).isEqualTo("临B00001")),
                new Case(BluecardInterface.UNLICENSED_CAR_OUT, c -> c.unlicensedCarOut("1", "oABC", "2", ""),
                        "{\"parkNumber\":\"p180329111018\",\"method\":\"unlicensedCarOut\",\"codeKind\":\"1\",\"authId\":\"oABC\","
                                + "\"passagewayId\":\"2\",\"ephemeralPlate\":\"\"}", FEE,
                        r -> assertThat(((FeeCalculation.Fee) r).payCharge()).isEqualTo("3")),
                new Case(BluecardInterface.GET_ALL_SPACE_STATUS, BluecardClient::getAllSpaceStatus,
                        "{\"parkNumber\":\"p180329111018\",\"method\":\"getAllSpaceStatus\"}",
                        "{\"status\":\"success\",\"datas\":[{\"layerId\":\"001\",\"layerName\":\"地下一层\",\"spaceId\":\"G005\","
                                + "\"rateState\":1,\"plate\":\"京A12345\",\"carType\":\"临时车\"}]}",
                        r -> assertThat((List<?>) r).hasSize(1)),
                new Case(BluecardInterface.GET_SPACE_STATUS_BY_PLATE, c -> c.getSpaceStatusByPlate("A123"),
                        "{\"parkNumber\":\"p180329111018\",\"method\":\"getSpaceStatusByPlate\",\"plate\":\"A123\"}",
                        "{\"status\":\"success\",\"datas\":[{\"layerId\":\"001\",\"layerName\":\"B1\",\"spaceId\":\"G005\","
                                + "\"plate\":\"京A12345\",\"carType\":\"临时车\",\"imgPath\":\"\",\"space_x\":\"0.078\",\"space_y\":\"0.158\"}]}",
                        r -> assertThat((List<?>) r).hasSize(1)));
    }

    @SuppressWarnings("deprecation")
    private static Object alter(BluecardClient c) {
        return c.alterCarType("京A12345", "212", "5", Money.ofYuan(50));
    }

    @Test
    void everyCallIntoBluecardHasAWireCase() {
        assertThat(cases().map(Case::api)).containsExactlyInAnyOrderElementsOf(
                BluecardInterface.of(Direction.US_TO_BLUECARD));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sendsExactlyTheDocumentedRequest(Case c) throws Exception {
        server.enqueue(new MockResponse().setBody(c.reply()).setHeader("Content-Type", "application/json"));
        Object result = c.call().apply(client);
        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getPath()).isEqualTo("/bcopenapi/out/" + c.api().wireName());
        assertThat(r.getHeader("sign")).isEqualTo(SIGN);
        assertThat(r.getHeader("Content-Type")).isEqualTo("application/json; charset=UTF-8");
        assertThat(r.getBody().readString(StandardCharsets.UTF_8)).isEqualTo(c.body());
        c.check().accept(result);
    }

    @Test
    void feeQuoteMapsTheVendorFieldsOneToOne() {
        server.enqueue(new MockResponse().setBody(FEE));
        FeeQuote q = client.quoteFee("212", "京A12345", 0);
        assertThat(q.gross()).isEqualTo(Money.ofFen(500));
        assertThat(q.alreadyPaid()).isEqualTo(Money.ofFen(100));
        assertThat(q.alreadyDiscounted()).isEqualTo(Money.ofFen(100));
        assertThat(q.payable()).isEqualTo(Money.ofFen(300));
        assertThat(q.payable()).isEqualTo(q.gross().minus(q.alreadyPaid()).minus(q.alreadyDiscounted()));
        assertThat(q.entry()).isEqualTo(Instant.parse("2019-01-09T02:32:56Z"));
        assertThat(q.exit()).isEqualTo(NOW);
        assertThat(q.notes()).contains("outTradeNo=1_0_212_110156", "stopTimeTotal=29 min");
    }

    @Test
    void emptyPlateDeletesAreRefusedUnlessAskedForExplicitly() throws Exception {
        assertThatThrownBy(() -> client.delWhite("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clearWhitelist()");
        assertThatThrownBy(() -> client.delBlack("  ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clearBlacklist()");
        assertThatThrownBy(() -> client.delWhite(null)).isInstanceOf(IllegalArgumentException.class);
        // the generic call path has the same guard
        assertThatThrownBy(() -> client.call(BluecardInterface.DEL_WHITE,
                new io.parkbridge.protocol.bluecard.message.WhitelistDelete.Request(PARK, "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clearWhitelist()");
        assertThatThrownBy(() -> client.call(BluecardInterface.DEL_BLACK,
                new io.parkbridge.protocol.bluecard.message.BlacklistDelete.Request(PARK, " ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clearBlacklist()");
        assertThat(server.getRequestCount()).isZero();
        server.enqueue(new MockResponse().setBody(TS));
        server.enqueue(new MockResponse().setBody(TS));
        client.clearWhitelist();
        client.clearBlacklist();
        assertThat(server.takeRequest().getBody().readUtf8()).isEqualTo("{\"parkNumber\":\"p180329111018\",\"plate\":\"\"}");
        assertThat(server.takeRequest().getPath()).isEqualTo("/bcopenapi/out/delBlack");
    }

    @Test
    void failReplyBecomesABusinessErrorCarryingTheReason() {
        server.enqueue(new MockResponse().setBody("{\"status\":\"fail\",\"errorCode\":\"网络异常!\"}"));
        assertThatThrownBy(() -> client.remoteLiftRod("1")).isInstanceOfSatisfying(BluecardBusinessException.class, e -> {
            assertThat(e.code()).isEqualTo("网络异常!");
            assertThat(e.interfaceLabel()).isEqualTo("4.22 RemoteLiftRod");
        });
    }

    @Test
    void signRefusalAndHttp401AreAuthenticationErrors() {
        server.enqueue(new MockResponse().setBody("{\"status\":\"fail\",\"errorCode\":\"sign error\"}"));
        assertThatThrownBy(() -> client.remoteLiftRod("1")).isInstanceOf(AuthenticationException.class);
        server.enqueue(new MockResponse().setResponseCode(401));
        assertThatThrownBy(() -> client.remoteLiftRod("1")).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void queriesAreRetriedOn5xxButPaymentsNever() {
        server.enqueue(new MockResponse().setResponseCode(503));
        server.enqueue(new MockResponse().setBody(FEE));
        assertThat(client.getChargebf("212", "京A12345", "", "", 0).charge()).isEqualTo("5.00");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(sleeps).hasSize(1);

        server.enqueue(new MockResponse().setResponseCode(503));
        assertThatThrownBy(() -> client.sendPayRes(new BluecardClient.Payment("212", "京A12345", Money.ofFen(300),
                Money.ofFen(300), NOW, "微信", "扫码付", NOW, "T-1", "x"))).isInstanceOf(TransportException.class);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void malformedRepliesNameTheProblem() {
        server.enqueue(new MockResponse().setBody("<html>"));
        assertThatThrownBy(() -> client.remoteLiftRod("1")).isInstanceOf(MalformedMessageException.class);
        server.enqueue(new MockResponse().setBody(FEE.replace("\"5.00\"", "\"5.001\"")));
        assertThatThrownBy(() -> client.getChargebf("212", "京A12345", "", "", 0))
                .isInstanceOfSatisfying(MalformedMessageException.class, e -> assertThat(e.field()).isEqualTo("charge"));
    }

    @Test
    void whitelistIssueKeepsFiveSecondsBetweenReplyAndNextRequest() {
        server.enqueue(new MockResponse().setBody(TS));
        server.enqueue(new MockResponse().setBody(TS));
        WhitelistIssue.WhiteEntry e = new WhitelistIssue.WhiteEntry("京A12345", "不收费", "", "", "", "", "蓝牌",
                "2019-01-01", "2019-12-31", "", "月租", "", List.of());
        client.synWhite(List.of(e));
        client.synWhite(List.of(e));
        assertThat(sleeps).containsExactly(Duration.ofSeconds(5));
        List<WhitelistIssue.WhiteEntry> fiftyOne = Arrays.asList(new WhitelistIssue.WhiteEntry[51]);
        java.util.Collections.fill(fiftyOne, e);
        assertThatThrownBy(() -> client.synWhite(fiftyOne)).isInstanceOf(MalformedMessageException.class)
                .hasMessageContaining("datas");
    }

    @Test
    void requestsForAnotherParkAreRefusedBeforeSending() {
        assertThatThrownBy(() -> client.call(BluecardInterface.REMOTE_LIFT_ROD,
                new io.parkbridge.protocol.bluecard.message.RemoteLiftRod.Request("p999", "1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parkNumber");
        assertThatThrownBy(() -> client.call(BluecardInterface.HEARTBEAT, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void toStringNeverShowsTheKey() {
        assertThat(client.toString()).doesNotContain("abc123").doesNotContain(SIGN);
    }
}
