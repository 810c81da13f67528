package io.parkbridge.protocol.carsafe;

import static org.assertj.core.api.Assertions.assertThat;

import io.parkbridge.core.event.DomainEvent;
import io.parkbridge.core.money.Money;
import io.parkbridge.core.port.InMemoryInbox;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeCatalogue;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeInterface;
import io.parkbridge.protocol.carsafe.catalogue.EnvelopeKind;
import io.parkbridge.protocol.carsafe.client.CarsafeKeys;
import io.parkbridge.protocol.carsafe.inbound.CarsafeInbound;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.inbound.InboundRequest;
import io.parkbridge.protocol.support.inbound.InboundResponse;
import io.parkbridge.protocol.support.inbound.Route;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Raw-HTTP-level tests of every interface Chean calls on us: exact reply bytes, verification, replay. */
class CarsafeInboundTest {
    private static final String OK = "{\"status\":true,\"message\":null,\"code\":200,\"data\":[],\"rowindex\":0,"
            + "\"total\":0,\"time\":\"2019-12-09 15:42:45\"}";

    private InMemoryInbox inbox;
    private CarsafeInbound inbound;

    @BeforeEach
    void setUp() {
        inbox = new InMemoryInbox();
        inbound = CarsafeInbound.builder().keys(CarsafeKeys.builder(Secret.of("111111"))
                .family("report", Secret.of("push-key")).build()).inbox(inbox).clock(Samples.CLOCK).build();
    }

    static Stream<CarsafeInterface> inbound() {
        return Samples.inbound();
    }

    static String signedBody(String key, String from, String timestamp, String nonce, String data) {
        String sign = Samples.independentSign(key, from, timestamp, nonce, data);
        return "{\"from\":\"" + from + "\",\"sign\":\"" + sign + "\",\"nonce\":\"" + nonce + "\",\"branchno\":\"1001\","
                + "\"timestamp\":\"" + timestamp + "\",\"data\":" + data + ",\"queryFormat\":null}";
    }

    static String body(CarsafeInterface iface, String nonce) {
        Map<String, String> record = Samples.data(iface);
        String data = Samples.json(record);
        if (iface.chapter() == 13 && !iface.number().equals("13.7")) {
            data = "[" + (record == null ? "" : data) + "]";
        }
        if (iface.envelope() != EnvelopeKind.STANDARD) {
            return data;
        }
        String key = iface.keyFamily().equals("report") ? "push-key" : "111111";
        return signedBody(key, "PARK", "2019-12-09 15:42:40", nonce, data);
    }

    private InboundResponse post(String path, String body) {
        return inbound.handler().handle(InboundRequest.post(path, Map.of("Content-Type",
                List.of("Application/json")), body));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inbound")
    void every_inbound_interface_is_served_stored_and_answered_in_the_vendors_shape(CarsafeInterface iface) {
        InboundResponse r = post("/" + iface.path(), body(iface, "70"));
        assertThat(r.status()).isEqualTo(200);
        switch (iface.envelope()) {
            case VERIFY_REQUEST -> assertThat(r.bodyText()).isEqualTo(
                    "{\"status\":\"success\",\"errorCode\":null,\"time\":\"2019-12-09 15:42:45\"}");
            case STATUS_MESSAGE -> assertThat(r.bodyText()).isEqualTo("{\"status\":true,\"message\":null}");
            default -> assertThat(r.bodyText()).isEqualTo(OK);
        }
        assertThat(inbox.messages()).hasSize(1);
        assertThat(inbox.messages().get(0).interfaceName()).startsWith(iface.number() + " ");
    }

    @Test
    void routes_cover_every_inbound_interface_with_distinct_paths() {
        List<Route> routes = inbound.routes();
        assertThat(routes).hasSize(28);
        assertThat(routes.stream().map(Route::path).distinct()).hasSize(28);
        assertThat(routes.stream().map(Route::path)).contains("/report/parkInData", "/notify/gateStatus",
                "/api/v1/pay/request_verify", "/report/parkTempCarCharge");
    }

    @Test
    void routes_can_sit_under_a_prefix_matching_the_configured_server_url() {
        CarsafeInbound prefixed = CarsafeInbound.builder().keys(CarsafeKeys.single(Secret.of("111111"))).inbox(inbox)
                .clock(Samples.CLOCK).pathPrefix("/carsafe").build();
        assertThat(prefixed.routes()).extracting(Route::path).contains("/carsafe/report/parkInData");
        InboundResponse r = prefixed.handler().handle(InboundRequest.post("/carsafe/report/parkHeartbeat", Map.of(),
                signedBody("111111", "PARK", "2019-12-09 15:42:40", "19", "[]")));
        assertThat(r.bodyText()).isEqualTo(OK);
        assertThat(prefixed.handler().handle(InboundRequest.post("/report/parkHeartbeat", Map.of(), "{}")).status())
                .isEqualTo(404);
    }

    @Test
    void section_13_2_entry_becomes_a_vehicle_entered_event() {
        String data = "[{\"cardInId\":\"88\",\"plateNo\":\"粤B12345\",\"inDate\":\"2019-12-09 15:40:00\",\"inControllerNo\":\"1\","
                + "\"inControllerName\":\"东门入口\",\"funcType\":\"0\"}]";
        assertThat(post("/report/parkInData", signedBody("push-key", "PARK", "2019-12-09 15:42:40", "7", data)).bodyText())
                .isEqualTo(OK);
        DomainEvent.VehicleEntered e = (DomainEvent.VehicleEntered) inbox.messages().get(0).event();
        assertThat(e.key()).isEqualTo("carsafe:in:88");
        assertThat(e.plate().number()).isEqualTo("粤B12345");
        assertThat(e.laneId()).isEqualTo("1");
        assertThat(e.parkId()).isEqualTo("1001");
        assertThat(e.occurredAt()).isEqualTo(Instant.parse("2019-12-09T07:40:00Z"));
    }

    @Test
    void section_13_4_payment_amounts_are_exact() {
        String data = "[{\"orderNo\":\"O9\",\"cardInId\":\"88\",\"chargeSeqNo\":\"2\",\"plateNo\":\"粤B12345\",\"entertime\":"
                + "\"2019-12-09 09:00:00\",\"parktime\":\"402\",\"parkcost\":\"24.00\",\"discountAmount\":4.5,\"amount\":\"19.50\","
                + "\"calcstarttime\":\"2019-12-09 09:00:00\",\"calcendtime\":\"2019-12-09 15:42:00\",\"payType\":\"7\",\"status\":\"1\"}]";
        assertThat(post("/report/parkTempCarCharge", signedBody("push-key", "PARK", "2019-12-09 15:42:40", "8", data))
                .bodyText()).isEqualTo(OK);
        DomainEvent.PaymentCompleted e = (DomainEvent.PaymentCompleted) inbox.messages().get(0).event();
        assertThat(e.amount()).isEqualTo(Money.ofFen(1950));
        assertThat(e.discount()).isEqualTo(Money.ofFen(450));
        assertThat(e.orderId()).isEqualTo("O9");
    }

    @Test
    void section_13_4_the_documents_camel_case_example_is_accepted() {
        String data = "[{\"orderNo\": \"CA000000000000002\", \"cardInId\": 1, \"chargeSeqNo\": 2, \"plateNo\": \"浙AH9U59\", "
                + "\"enterTime\": \"2015-06-12 11:56:06\", \"parkTime\": 223, \"parkCost\": 24.00, \"amount\": 24.00, "
                + "\"calcStartTime\": \"2015-10-13 03:20:23\", \"calcEndTime\": \"2015-10-13 09:20:23\", \"payType\": 5, "
                + "\"tradeNo\": \"C00320011201609201122330092\", \"tradeTime\": \"2015-10-13 09:20:23\", \"status\": 1}]";
        assertThat(post("/report/parkTempCarCharge", signedBody("push-key", "PARK", "2019-12-09 15:42:40", "17", data))
                .bodyText()).isEqualTo(OK);
        DomainEvent.PaymentCompleted e = (DomainEvent.PaymentCompleted) inbox.messages().get(0).event();
        assertThat(e.amount()).isEqualTo(Money.ofFen(2400));
        assertThat(e.discount()).isEqualTo(Money.ZERO);
        assertThat(e.key()).isEqualTo("carsafe:payment:1-2");
        assertThat(e.occurredAt()).isEqualTo(Instant.parse("2015-10-13T01:20:23Z"));
        assertThat(inbox.messages().get(0).rawBody()).contains("\"enterTime\"");
    }

    @Test
    void section_14_2_the_documents_example_with_door_fault_is_accepted() {
        String data = "{ \"deviceID\": \"1\", \"controllerNo\": \"C0000001\", \"fullName\": \"西出口\", \"ioFlag\": 1, "
                + "\"time\": \"2019-12-09 15:42:40.999\", \"doorFault\": 0 }";
        assertThat(post("/notify/parkGateFault", signedBody("111111", "PARK", "2019-12-09 15:42:40", "18", data))
                .bodyText()).isEqualTo(OK);
        DomainEvent.DeviceErrorReported e = (DomainEvent.DeviceErrorReported) inbox.messages().get(0).event();
        assertThat(e.errorCode()).isEqualTo("0");
        assertThat(e.deviceId()).isEqualTo("1");
    }

    @Test
    void a_wrong_signature_is_refused_with_code_100003() {
        String body = signedBody("not-the-key", "PARK", "2019-12-09 15:42:40", "9", "[]");
        InboundResponse r = post("/report/parkHeartbeat", body);
        assertThat(r.bodyText()).startsWith("{\"status\":false,\"message\":\"carsafe: signature does not verify\","
                + "\"code\":100003");
        assertThat(inbox.messages()).isEmpty();
    }

    @Test
    void the_documents_chapter_13_sample_does_not_verify_with_the_10_40_key() {
        CarsafeInbound at2020 = CarsafeInbound.builder().keys(CarsafeKeys.single(Secret.of("111111"))).inbox(inbox)
                .clock(Clock.fixed(Instant.parse("2020-06-10T05:49:50Z"), ZoneOffset.UTC)).build();
        String sample = "{\"from\":\"PARK\",\"sign\":\"ONFFVQKPN90qXNm4fibwpJ9rjsg=\",\"nonce\":\"70\",\"branchno\":\"1001\","
                + "\"timestamp\":\"2020-06-10 13:49:42\",\"data\":[],\"queryFormat\":null}";
        InboundResponse r = at2020.handle(CarsafeCatalogue.of("13.9"), InboundRequest.post("/report/parkHeartbeat",
                Map.of(), sample));
        assertThat(r.bodyText()).contains("\"code\":100003").contains("signature");
    }

    @Test
    void a_timestamp_outside_the_window_is_refused() {
        String body = signedBody("push-key", "PARK", "2019-12-09 15:30:00", "10", "[]");
        assertThat(post("/report/parkHeartbeat", body).bodyText()).contains("\"code\":100003").contains("window");
    }

    @Test
    void a_replayed_request_is_refused_but_a_redelivery_with_a_new_nonce_is_idempotent() {
        String data = "[{\"cardInId\":\"88\",\"plateNo\":\"粤B12345\",\"inDate\":\"2019-12-09 15:40:00\",\"inControllerNo\":\"1\","
                + "\"inControllerName\":\"东门\",\"funcType\":\"0\"}]";
        String first = signedBody("push-key", "PARK", "2019-12-09 15:42:40", "11", data);
        assertThat(post("/report/parkInData", first).bodyText()).isEqualTo(OK);
        assertThat(post("/report/parkInData", first).bodyText()).contains("replayed").contains("100003");
        String again = signedBody("push-key", "PARK", "2019-12-09 15:42:41", "12", data);
        assertThat(post("/report/parkInData", again).bodyText()).isEqualTo(OK);
        assertThat(inbox.messages()).hasSize(1);
    }

    @Test
    void bad_input_gets_the_vendors_error_shape_naming_the_field() {
        assertThat(post("/report/parkInData", "not json").bodyText()).contains("\"status\":false").contains("100001");
        String missing = signedBody("push-key", "PARK", "2019-12-09 15:42:40", "13", "[{\"cardInId\":\"1\"}]");
        assertThat(post("/report/parkInData", missing).bodyText()).contains("100001").contains("plateNo");
        String badPlate = signedBody("push-key", "PARK", "2019-12-09 15:42:40", "14", "[{\"cardInId\":\"1\",\"plateNo\":"
                + "\"x\",\"inDate\":\"2019-12-09 15:40:00\",\"inControllerNo\":\"1\",\"inControllerName\":\"a\",\"funcType\":\"0\"}]");
        assertThat(post("/report/parkInData", badPlate).bodyText()).contains("100001").contains("plateNo");
        assertThat(post("/nowhere", "{}").status()).isEqualTo(404);
        assertThat(inbound.handler().handle(new InboundRequest("GET", "/report/parkInData", "", Map.of(), null, ""))
                .status()).isEqualTo(405);
        assertThat(inbox.messages()).isEmpty();
    }

    @Test
    void oversized_values_and_deep_nesting_are_bad_input_not_storage_failures() {
        String hugeId = "[{\"cardInId\":\"" + "9".repeat(100_000) + "\",\"plateNo\":\"粤B12345\",\"inDate\":"
                + "\"2019-12-09 15:40:00\",\"inControllerNo\":\"1\",\"inControllerName\":\"a\",\"funcType\":\"0\"}]";
        assertThat(post("/report/parkInData", signedBody("push-key", "PARK", "2019-12-09 15:42:40", "20", hugeId))
                .bodyText()).contains("100001").contains("cardInId").contains("at most 128");
        String hugeNumber = "[{\"cardInId\":" + "7".repeat(5_000) + ",\"plateNo\":\"粤B12345\",\"inDate\":"
                + "\"2019-12-09 15:40:00\",\"inControllerNo\":\"1\",\"inControllerName\":\"a\",\"funcType\":\"0\"}]";
        assertThat(post("/report/parkInData", signedBody("push-key", "PARK", "2019-12-09 15:42:40", "21", hugeNumber))
                .bodyText()).contains("100001");
        String deep = "{\"a\":".repeat(20) + "1" + "}".repeat(20);
        assertThat(post("/notify/gateStatus", signedBody("111111", "PARK", "2019-12-09 15:42:40", "22", deep))
                .bodyText()).contains("100001").contains("nesting");
        String longFrom = signedBody("111111", "P".repeat(5000), "2019-12-09 15:42:40", "23", "[]");
        assertThat(post("/notify/gateStatus", longFrom).bodyText()).contains("100001").contains("from");
        assertThat(inbox.messages()).isEmpty();
    }

    @Test
    void heartbeat_10_4_never_stores_the_branch_key_in_clear() {
        String data = "{\"no\":\"1001\",\"name\":\"park\",\"localip\":\"10.0.0.2\",\"port\":\"9023\",\"pk\":\"branch-secret\"}";
        assertThat(post("/api.aspx/hb", signedBody("111111", "PARK", "2019-12-09 15:42:40", "15", data)).bodyText())
                .isEqualTo(OK);
        assertThat(inbox.messages().get(0).rawBody()).doesNotContain("branch-secret").contains("****");
    }

    @Test
    void relays_answer_with_the_applications_data() {
        CarsafeInbound withAnswer = CarsafeInbound.builder().keys(CarsafeKeys.single(Secret.of("111111"))).inbox(inbox)
                .clock(Samples.CLOCK).responder("11.12", (iface, data) -> Map.of("afterPay", "1")).build();
        String data = "{\"carNo\":\"苏A12345\",\"passTime\":\"1575877360\",\"flag\":\"1\"}";
        InboundResponse r = withAnswer.handler().handle(InboundRequest.post("/api.aspx/jinying.checkCarRule", Map.of(),
                signedBody("111111", "PARK", "2019-12-09 15:42:40", "16", data)));
        assertThat(r.bodyText()).contains("\"data\":{\"afterPay\":\"1\"}");
    }
}
