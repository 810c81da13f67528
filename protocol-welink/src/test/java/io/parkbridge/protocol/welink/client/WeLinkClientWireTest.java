package io.parkbridge.protocol.welink.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parkbridge.core.money.Money;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.error.AuthenticationException;
import io.parkbridge.protocol.support.error.MalformedMessageException;
import io.parkbridge.protocol.support.error.TransportException;
import io.parkbridge.protocol.support.http.RetryPolicy;
import io.parkbridge.protocol.welink.Samples;
import io.parkbridge.protocol.welink.Samples.Sample;
import io.parkbridge.protocol.welink.catalog.HttpMethod;
import io.parkbridge.protocol.welink.catalog.WeLinkCatalog;
import io.parkbridge.protocol.welink.codec.CipherSettings;
import io.parkbridge.protocol.welink.codec.ContentCodec;
import io.parkbridge.protocol.welink.codec.ContentFlags;
import io.parkbridge.protocol.welink.codec.PercentEncoding;
import io.parkbridge.protocol.welink.message.Auth;
import io.parkbridge.protocol.welink.message.Blacklist;
import io.parkbridge.protocol.welink.message.Info;
import io.parkbridge.protocol.welink.message.MoneyUnit;
import io.parkbridge.protocol.welink.message.Passports;
import io.parkbridge.protocol.welink.message.Pay;
import io.parkbridge.protocol.welink.message.WeLinkJson;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WeLinkClientWireTest {
    private static final List<String> PARAMETER_ORDER = List.of("AppId", "Timestamp", "Nonce", "Signature", "ParkId",
            "encryptCode", "zipCode", "content");

    private static final String TS = Long.toString(Samples.NOW.getEpochSecond());

    private MockWebServer server;
    private final List<Duration> sleeps = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    private WeLinkClient.Builder builder() {
        String base = server.url("/").toString();
        return WeLinkClient.builder().baseUrl(base).appId(Samples.APP_ID).secretKey(Secret.of(Samples.SECRET))
                .parkId(Samples.PARK_ID).clock(Samples.CLOCK).nonceSource(() -> 11886L)
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(100), Duration.ofMillis(400), 2.0))
                .sleeper(sleeps::add);
    }

    static List<Sample> samples() {
        return Samples.all();
    }

    /** The parameters of a recorded request, from the query (GET) or the form body (POST). */
    private static Map<String, String> parameters(RecordedRequest r, String raw) {
        return PercentEncoding.parse(raw);
    }

    private static String raw(RecordedRequest r) {
        return r.getMethod().equals("GET") ? r.getRequestUrl().encodedQuery() : r.getBody().readUtf8();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyEndpointSendsTheExactSignedRequest(Sample sample) throws Exception {
        server.enqueue(new MockResponse().setBody(WireSupport.success(WireSupport.contentFor(sample.endpoint()))));
        WeLinkClient client = builder().build();

        sample.call().apply(client);

        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo(sample.endpoint().method().name());
        assertThat(r.getRequestUrl().encodedPath()).isEqualTo("/api" + sample.endpoint().path());
        String raw = raw(r);
        if (sample.endpoint().method() == HttpMethod.POST) {
            assertThat(r.getHeader("Content-Type")).isEqualTo("application/x-www-form-urlencoded; charset=UTF-8");
            assertThat(r.getRequestUrl().encodedQuery()).isNull();
        }
        assertThat(raw).doesNotContainPattern("%[0-9A-F]?[a-f]"); // escapes are upper case
        Map<String, String> p = parameters(r, raw);
        assertThat(p.keySet()).containsExactlyElementsOf(PARAMETER_ORDER);
        assertThat(p).containsEntry("AppId", Samples.APP_ID).containsEntry("Timestamp", TS)
                .containsEntry("Nonce", "11886").containsEntry("ParkId", Samples.PARK_ID)
                .containsEntry("encryptCode", "0").containsEntry("zipCode", "0");

        // Signature recomputed independently: ASCII order, empty content left out.
        String content = p.get("content");
        String expectedToSign = "AppId=" + Samples.APP_ID + "&Nonce=11886&ParkId=" + Samples.PARK_ID
                + "&Timestamp=" + TS + (content.isEmpty() ? "" : "&content=" + content) + "&encryptCode=0&zipCode=0";
        assertThat(p.get("Signature")).isEqualTo(WireSupport.hmac(Samples.SECRET, expectedToSign));

        // The business fields travel only inside content, exactly as the request record maps.
        if (sample.request() == null) {
            assertThat(content).isEmpty();
        } else {
            String json = new String(java.util.Base64.getDecoder().decode(content), StandardCharsets.UTF_8);
            ObjectMapper mapper = WeLinkJson.mapper(MoneyUnit.YUAN);
            assertThat(json).isEqualTo(mapper.writeValueAsString(sample.request())).startsWith("{\"");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void onlyIdempotentQueriesAreRetriedAfterA503(Sample sample) {
        server.enqueue(new MockResponse().setResponseCode(503));
        server.enqueue(new MockResponse().setBody(WireSupport.success(WireSupport.contentFor(sample.endpoint()))));
        WeLinkClient client = builder().build();
        if (sample.endpoint().idempotent()) {
            sample.call().apply(client);
            assertThat(server.getRequestCount()).isEqualTo(2);
        } else {
            assertThatThrownBy(() -> sample.call().apply(client)).isInstanceOfSatisfying(TransportException.class,
                    e -> assertThat(e.httpStatus()).isEqualTo(503));
            assertThat(server.getRequestCount()).isEqualTo(1);
        }
    }

    @Test
    void passportGetCarriesTheDocumentExampleShapeAndReadsIdsBeyond2pow53() throws Exception {
        server.enqueue(new MockResponse().setBody(WireSupport.success(
                "{\"passportId\":911151314366657103,\"name\":\"张三\",\"mobilePhone\":\"13800000000\","
                        + "\"plateNumber\":\"粤B871UY\",\"inviteable\":1,\"parkAuth\":{\"startDate\":\"2018-10-01\","
                        + "\"endDate\":\"2018-10-31\",\"areaIds\":[\"1150779322741001\",1150779322741002]}}")));
        Passports.Passport passport = builder().build().getPassport(Passports.GetRequest.byPlate("粤B871UY"));
        assertThat(passport.passportId()).isEqualTo(911151314366657103L);
        assertThat(passport.parkAuth().areaIds()).containsExactly(1150779322741001L, 1150779322741002L);
        RecordedRequest r = server.takeRequest();
        String content = java.util.Base64.getEncoder().encodeToString(
                "{\"plateNumber\":\"粤B871UY\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(r.getRequestUrl().encodedQuery()).isEqualTo("AppId=289efb7512e54146273b982456b03f42ea93"
                + "&Timestamp=" + TS + "&Nonce=11886&Signature="
                + PercentEncoding.encode(WireSupport.hmac(Samples.SECRET, "AppId=289efb7512e54146273b982456b03f42ea93"
                        + "&Nonce=11886&ParkId=10001088&Timestamp=" + TS + "&content=" + content
                        + "&encryptCode=0&zipCode=0"))
                + "&ParkId=10001088&encryptCode=0&zipCode=0&content=" + PercentEncoding.encode(content));
    }

    @Test
    void moneyIsWrittenAndReadExactlyInYuanByDefaultAndFenWhenConfigured() throws Exception {
        server.enqueue(new MockResponse().setBody(WireSupport.success(null)));
        builder().build().addTmpRentBill(new Pay.AddTmpRentBillRequest("粤B1", "1001", "2026-11-25 08:00:00",
                "2026-11-25 10:00:00", Money.parseYuan("12.50"), Money.ZERO, Money.ofFen(1), Money.parseYuan("12.49")));
        RecordedRequest r = server.takeRequest();
        String json = new String(java.util.Base64.getDecoder().decode(PercentEncoding.parse(r.getBody().readUtf8())
                .get("content")), StandardCharsets.UTF_8);
        assertThat(json).isEqualTo("{\"plateNumber\":\"粤B1\",\"enterLaneId\":\"1001\",\"enterTime\":\"2026-11-25 08:00:00\","
                + "\"billEndTime\":\"2026-11-25 10:00:00\",\"payable\":12.5,\"discount\":0,\"paid\":0.01,\"amount\":12.49}");

        server.enqueue(new MockResponse().setBody(WireSupport.success(
                "{\"tradeNo\":\"2018101010001\",\"payToken\":\"t\",\"payable\":\"1250\",\"money\":1250}")));
        Pay.TmpRentBill bill = builder().moneyUnit(MoneyUnit.FEN).build()
                .queryTmpRentBill(new Pay.TmpRentBillRequest("粤B1", "u"));
        assertThat(bill.money()).isEqualTo(Money.ofFen(1250));
        assertThat(bill.payable()).isEqualTo(Money.ofFen(1250));

        server.enqueue(new MockResponse().setBody(WireSupport.success(
                "{\"tradeNo\":1,\"payToken\":\"t\",\"money\":10.005}")));
        assertThatThrownBy(() -> builder().build().queryTmpRentBill(new Pay.TmpRentBillRequest("粤B1", "u")))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("money");
    }

    @Test
    void authRequestsUseTheDocumentsUseridSpellingUnlessRenamed() throws Exception {
        server.enqueue(new MockResponse().setBody(WireSupport.success("{\"state\":0}")));
        server.enqueue(new MockResponse().setBody(WireSupport.success("{\"state\":0}")));
        builder().build().authEnter(new Auth.LaneUserRequest(1001L, "42"));
        builder().renameRequestField("userid", "userId").build().authEnter(new Auth.LaneUserRequest(1001L, "42"));
        assertThat(decodedContent(server.takeRequest())).isEqualTo("{\"laneId\":1001,\"userid\":\"42\"}");
        assertThat(decodedContent(server.takeRequest())).isEqualTo("{\"laneId\":1001,\"userId\":\"42\"}");
    }

    private static String decodedContent(RecordedRequest r) {
        return new String(java.util.Base64.getDecoder().decode(PercentEncoding.parse(raw(r)).get("content")),
                StandardCharsets.UTF_8);
    }

    @Test
    void methodCanBeOverriddenPerEndpoint() throws Exception {
        server.enqueue(new MockResponse().setBody(WireSupport.success("{\"state\":0}")));
        builder().method(WeLinkCatalog.AUTH_QUERY_EVENT, HttpMethod.POST).build()
                .queryAuthEvent(new Auth.LaneUserRequest(1001L, "42"));
        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(PercentEncoding.parse(r.getBody().readUtf8())).containsKey("Signature");
    }

    @Test
    void encryptedAndZippedRequestsAndRepliesRoundTrip() throws Exception {
        ContentCodec codec = new ContentCodec(Secret.of(Samples.SECRET), CipherSettings.DEFAULT);
        String content = codec.encode("{\"qrCode\":\"800010\"}", ContentFlags.ENCRYPTED_ZIPPED);
        server.enqueue(new MockResponse().setBody("{\"responseStatus\":{\"code\":\"0000\",\"message\":\"success\"},"
                + "\"responseData\":{\"encryptCode\":1,\"zipCode\":1,\"content\":\"" + content + "\"}}"));
        Info.QrCode qr = builder().requestFlags(ContentFlags.ENCRYPTED_ZIPPED).build()
                .setQrUrl(new Info.SetQrUrlRequest(1002L, "https://x.example/q", null));
        assertThat(qr.qrCode()).isEqualTo("800010");
        Map<String, String> p = PercentEncoding.parse(server.takeRequest().getBody().readUtf8());
        assertThat(p).containsEntry("encryptCode", "1").containsEntry("zipCode", "1");
        assertThat(codec.decode(p.get("content"), ContentFlags.ENCRYPTED_ZIPPED))
                .isEqualTo("{\"lanId\":1002,\"qrUrl\":\"https://x.example/q\"}");
    }

    @Test
    void responseCodesBecomeTypedExceptions() {
        WeLinkClient client = builder().build();
        for (String code : List.of("0002", "0003", "0004", "0005")) {
            server.enqueue(new MockResponse().setBody("{\"responseStatus\":{\"code\":\"" + code + "\",\"message\":\"no\"}}"));
            assertThatThrownBy(client::areas).isInstanceOfSatisfying(AuthenticationException.class,
                    e -> assertThat(e.code()).isEqualTo(code));
        }
        for (String code : List.of("0001", "0006", "9999", "0042")) {
            server.enqueue(new MockResponse().setBody("{\"responseStatus\":{\"code\":\"" + code + "\",\"message\":\"failure\"}}"));
            assertThatThrownBy(client::areas).isInstanceOfSatisfying(WeLinkStatusException.class,
                    e -> assertThat(e.status()).isEqualTo(WeLinkResponseCode.of(code)));
        }
    }

    @Test
    void errCodesBecomeTypedBusinessErrorsKeepingUnknownOnes() {
        WeLinkClient client = builder().build();
        Pay.TmpRentBillRequest request = new Pay.TmpRentBillRequest("粤B1", "u");
        server.enqueue(new MockResponse().setBody(
                "{\"responseStatus\":{\"code\":\"0006\",\"message\":\"无账单\",\"errCode\":\"NoBill\"}}"));
        assertThatThrownBy(() -> client.queryTmpRentBill(request)).isInstanceOfSatisfying(
                WeLinkBusinessException.class, e -> {
                    assertThat(e.errCode()).isEqualTo(WeLinkErrCode.NO_BILL);
                    assertThat(e.vendorMessage()).isEqualTo("无账单");
                });
        server.enqueue(new MockResponse().setBody(
                "{\"responseStatus\":{\"code\":\"9999\",\"message\":\"x\",\"errCode\":\"NoEnterRecord\"}}"));
        assertThatThrownBy(() -> client.queryTmpRentBill(request)).isInstanceOfSatisfying(
                WeLinkBusinessException.class, e -> assertThat(e.errCode()).isEqualTo(WeLinkErrCode.NO_ENTER_RECORD));
        server.enqueue(new MockResponse().setBody(
                "{\"responseStatus\":{\"code\":\"9999\",\"message\":\"x\",\"errCode\":\"PlateLocked\"}}"));
        assertThatThrownBy(() -> client.queryTmpRentBill(request)).isInstanceOfSatisfying(
                WeLinkBusinessException.class, e -> {
                    assertThat(e.errCode()).isEqualTo(WeLinkErrCode.UNKNOWN);
                    assertThat(e.code()).isEqualTo("PlateLocked");
                });
    }

    @Test
    void queriesAreRetriedOn5xxButChangesAreNot() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(503));
        server.enqueue(new MockResponse().setResponseCode(502));
        server.enqueue(new MockResponse().setBody(WireSupport.success("[]")));
        assertThat(builder().build().areas()).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(sleeps).hasSize(2);

        server.enqueue(new MockResponse().setResponseCode(503));
        assertThatThrownBy(() -> builder().build().deleteBlacklist(new Blacklist.DeleteRequest(1L)))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.httpStatus()).isEqualTo(503));
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void everyRetryIsSignedAfreshWithANewNonce() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(503));
        server.enqueue(new MockResponse().setBody(WireSupport.success("[]")));
        java.util.concurrent.atomic.AtomicLong nonce = new java.util.concurrent.atomic.AtomicLong(100);
        builder().nonceSource(nonce::incrementAndGet).build().areas();
        for (String expected : List.of("101", "102")) {
            Map<String, String> p = PercentEncoding.parse(server.takeRequest().getRequestUrl().encodedQuery());
            assertThat(p).containsEntry("Nonce", expected);
            assertThat(p.get("Signature")).isEqualTo(WireSupport.hmac(Samples.SECRET, "AppId=" + Samples.APP_ID
                    + "&Nonce=" + expected + "&ParkId=" + Samples.PARK_ID + "&Timestamp=" + TS
                    + "&encryptCode=0&zipCode=0"));
        }
    }

    @Test
    void malformedRepliesAndInvalidRequestsAreClearErrors() {
        WeLinkClient client = builder().build();
        server.enqueue(new MockResponse().setBody("<html>"));
        assertThatThrownBy(client::areas).isInstanceOf(MalformedMessageException.class)
                .hasMessageContaining("JSON response envelope");
        server.enqueue(new MockResponse().setBody(WireSupport.success("{\"name\":\"no id\"}")));
        assertThatThrownBy(() -> client.getPassport(Passports.GetRequest.byId(1))).isInstanceOf(
                MalformedMessageException.class).hasMessageContaining("passportId");
        server.enqueue(new MockResponse().setBody(WireSupport.success("{\"passportId\":1.5}")));
        assertThatThrownBy(() -> client.getPassport(Passports.GetRequest.byId(1))).isInstanceOf(
                MalformedMessageException.class).hasMessageContaining("passportId");
        server.enqueue(new MockResponse().setResponseCode(404).setBody("not found"));
        assertThatThrownBy(client::areas).isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.httpStatus()).isEqualTo(404));
        int before = server.getRequestCount();
        assertThatThrownBy(() -> client.getPassport(new Passports.GetRequest(1L, "粤B1")))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("exactlyOneKey");
        assertThatThrownBy(() -> client.lockVehicle(new Passports.LockRequest("粤B1", 3)))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("state");
        assertThat(server.getRequestCount()).isEqualTo(before);
    }

    @Test
    void pagingIteratorStopsAtAShortPage() throws Exception {
        for (int page = 0; page < 2; page++) {
            String full = IntStream.range(page * 2, page * 2 + 2)
                    .mapToObj(i -> "{\"blackListId\":" + i + ",\"plateNumber\":\"粤B" + i + "\"}")
                    .collect(Collectors.joining(",", "[", "]"));
            server.enqueue(new MockResponse().setBody(WireSupport.success(full)));
        }
        server.enqueue(new MockResponse().setBody(WireSupport.success("[{\"blackListId\":9,\"plateNumber\":\"粤B9\"}]")));
        WeLinkClient client = builder().build();
        Iterator<Blacklist.Entry> it = client.iterate(WeLinkCatalog.BLACKLIST_QUERY, new Blacklist.QueryRequest(null, 0, 2));
        List<Long> ids = new ArrayList<>();
        it.forEachRemaining(e -> ids.add(e.blackListId()));
        assertThat(ids).containsExactly(0L, 1L, 2L, 3L, 9L);
        assertThat(server.getRequestCount()).isEqualTo(3);
        List<String> offsets = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            offsets.add(decodedContent(server.takeRequest()));
        }
        assertThat(offsets).containsExactly("{\"offset\":0,\"length\":2}", "{\"offset\":2,\"length\":2}",
                "{\"offset\":4,\"length\":2}");
    }

    @Test
    void scalarRepliesAcceptWhatTheDocumentLeavesOpen() {
        WeLinkClient client = builder().build();
        server.enqueue(new MockResponse().setBody(WireSupport.success("19540998")));
        assertThat(client.invitationCode()).isEqualTo("19540998"); // a number
        server.enqueue(new MockResponse().setBody(WireSupport.success("\"19540998\"")));
        assertThat(client.invitationCode()).isEqualTo("19540998"); // a JSON string
        server.enqueue(new MockResponse().setBody(WireSupport.success("/ww/admin.html?openid=o&wetoken=t&role=1")));
        assertThat(client.login(new io.parkbridge.protocol.welink.message.User.LoginRequest(1L, "n", 1, "admin")))
                .isEqualTo("/ww/admin.html?openid=o&wetoken=t&role=1"); // bare text
        server.enqueue(new MockResponse().setBody(WireSupport.success("\"911151314366657102\"")));
        assertThat(client.addBlacklist(new Blacklist.AddRequest("粤B1", "1", "2026-01-01", null, null)))
                .isEqualTo(911151314366657102L);
        server.enqueue(new MockResponse().setBody(WireSupport.success("false")));
        assertThat(client.hasCardNumbers(new Passports.HasCardNumbersRequest(0L, "C1"))).isFalse();
        server.enqueue(new MockResponse().setBody(WireSupport.success(null)));
        assertThatThrownBy(() -> client.addCoupon(new io.parkbridge.protocol.welink.message.Coupons.AddRequest(1L, 2L,
                "粤B1", null))).isInstanceOf(MalformedMessageException.class).hasMessageContaining("got nothing");
    }

    @Test
    void aReplyEncryptedWithAnotherKeyIsATypedContentError() {
        ContentCodec other = new ContentCodec(Secret.of("ffffffffffffffffffffffffffffffff"), CipherSettings.DEFAULT);
        String content = other.encode("[]", new ContentFlags(true, false));
        server.enqueue(new MockResponse().setBody("{\"responseStatus\":{\"code\":\"0000\"},"
                + "\"responseData\":{\"encryptCode\":1,\"zipCode\":0,\"content\":\"" + content + "\"}}"));
        assertThatThrownBy(builder().build()::areas).isInstanceOfSatisfying(
                io.parkbridge.protocol.welink.codec.WeLinkContentException.class, e -> assertThat(e.reason())
                        .isEqualTo(io.parkbridge.protocol.welink.codec.WeLinkContentException.Reason.DECRYPTION_FAILED));
        server.enqueue(new MockResponse().setBody("{\"responseStatus\":{\"code\":\"0000\"},"
                + "\"responseData\":{\"encryptCode\":2,\"zipCode\":0,\"content\":\"\"}}"));
        assertThatThrownBy(builder().build()::areas).isInstanceOfSatisfying(MalformedMessageException.class,
                e -> assertThat(e.field()).isEqualTo("responseData.encryptCode"));
    }

    @Test
    void secretNeverInToStringOrErrors() {
        WeLinkClient client = builder().build();
        assertThat(client.toString()).doesNotContain(Samples.SECRET).contains("****");
        server.enqueue(new MockResponse().setBody(
                "{\"responseStatus\":{\"code\":\"0003\",\"message\":\"bad key " + Samples.SECRET + "\"}}"));
        assertThatThrownBy(client::areas).hasMessageNotContaining(Samples.SECRET);
    }
}
