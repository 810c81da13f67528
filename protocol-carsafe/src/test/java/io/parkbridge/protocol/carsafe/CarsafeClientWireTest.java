package io.parkbridge.protocol.carsafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.parkbridge.core.money.Money;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeInterface;
import io.parkbridge.protocol.carsafe.catalogue.EnvelopeKind;
import io.parkbridge.protocol.carsafe.client.CarsafeBusinessException;
import io.parkbridge.protocol.carsafe.client.CarsafeClient;
import io.parkbridge.protocol.carsafe.client.CarsafeKeys;
import io.parkbridge.protocol.carsafe.client.CarsafeParking;
import io.parkbridge.protocol.carsafe.client.FieldCheck;
import io.parkbridge.protocol.carsafe.codec.CarsafeResponse;
import io.parkbridge.protocol.carsafe.message.Credential;
import io.parkbridge.protocol.carsafe.message.FeeCalculation;
import io.parkbridge.protocol.carsafe.message.FeeCalculationRequest;
import io.parkbridge.protocol.carsafe.message.PaymentCommitRequest;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.error.AuthenticationException;
import io.parkbridge.protocol.support.error.MalformedMessageException;
import io.parkbridge.protocol.support.error.TransportException;
import io.parkbridge.protocol.support.http.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Exact bytes on the wire for every interface we call, recorded by MockWebServer. */
class CarsafeClientWireTest {
    private static final String OK = "{\"status\":true,\"message\":null,\"code\":200,\"data\":null,\"rowindex\":0,"
            + "\"total\":0,\"time\":\"2019-12-09 15:43:32\"}";

    private MockWebServer server;
    private CarsafeClient client;
    private final List<Duration> sleeps = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start(java.net.InetAddress.getLoopbackAddress(), 0);
        client = CarsafeClient.builder().baseUrl(server.url("/").toString()).from("UT").branchNo("1001")
                .keys(CarsafeKeys.builder(Secret.of("111111")).family("cat", Secret.of("cat-key")).build())
                .clock(Samples.CLOCK).nonceSource(Samples.NONCE_47).sleeper(sleeps::add)
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(40), 2.0)).build();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    static Stream<CarsafeInterface> outbound() {
        return Samples.outbound();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outbound")
    void every_outbound_interface_sends_the_exact_bytes(CarsafeInterface iface) throws Exception {
        String reply = switch (iface.envelope()) {
            case STANDARD -> OK;
            case ALIPAY_PAGE -> "<html>ok</html>";
            default -> "{\"code\":0}";
        };
        server.enqueue(new MockResponse().setBody(reply));
        Map<String, String> data = Samples.data(iface);

        CarsafeResponse r = client.call(iface, data);

        RecordedRequest rec = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(rec.getMethod()).isEqualTo("POST");
        assertThat(rec.getPath()).isEqualTo("/" + iface.path());
        String body = rec.getBody().readUtf8();
        String dataJson = Samples.json(data);
        if (iface.envelope() == EnvelopeKind.STANDARD) {
            String key = iface.keyFamily().equals("cat") ? "cat-key" : "111111";
            String sign = Samples.independentSign(key, "UT", "2019-12-09 15:42:45", "47", dataJson);
            assertThat(body).isEqualTo("{\"from\":\"UT\",\"sign\":\"" + sign + "\",\"nonce\":\"47\",\"branchno\":\"1001\","
                    + "\"timestamp\":\"2019-12-09 15:42:45\",\"data\":" + dataJson + ",\"queryFormat\":null}");
            assertThat(rec.getHeader("Content-Type")).startsWith("application/json");
            assertThat(r.status()).isTrue();
        } else if (iface.envelope() == EnvelopeKind.ALIPAY_PAGE) {
            assertThat(rec.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
            assertThat(r.data().asText()).isEqualTo("<html>ok</html>");
        } else {
            assertThat(body).isEqualTo(dataJson);
            assertThat(r.data().get("code").asInt()).isZero();
        }
    }

    @Test
    void section_10_40_call_reproduces_the_documents_request() throws Exception {
        server.enqueue(new MockResponse().setBody("{\"status\":false,\"message\":\"未将对象引用设置到对象的实例。\",\"code\":500,"
                + "\"data\":{\"qrcode\":\" \",\"desc\":\"成功\"},\"rowindex\":0,\"total\":0,\"time\":\"2019-12-09 15:43:32\"}"));
        java.util.LinkedHashMap<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("ControllerNo", "1");
        data.put("DoorNo", 2);
        assertThatThrownBy(() -> client.call("10.40", data)).isInstanceOf(CarsafeBusinessException.class)
                .hasMessageContaining("500").hasMessageContaining("未将对象引用");
        assertThat(server.takeRequest().getBody().readUtf8()).isEqualTo("{\"from\":\"UT\",\"sign\":"
                + "\"07TJX7gHAvoKqzR1YRVkBfqapVI=\",\"nonce\":\"47\",\"branchno\":\"1001\",\"timestamp\":"
                + "\"2019-12-09 15:42:45\",\"data\":{\"ControllerNo\":\"1\",\"DoorNo\":2},\"queryFormat\":null}");
    }

    @Test
    void success_is_judged_by_status_not_code() {
        server.enqueue(new MockResponse().setBody("{\"status\":true,\"message\":\"车辆不在场\",\"code\":700}"));
        CarsafeResponse r = client.call("6.70", Map.of("plateNo", "粤B12345", "payStatus", "0", "signStatus", "0"));
        assertThat(r.status()).isTrue();
        assertThat(r.code()).isEqualTo("700");
    }

    @Test
    void code_100003_is_an_authentication_error() {
        server.enqueue(new MockResponse().setBody("{\"status\":false,\"message\":\"认证错误\",\"code\":100003}"));
        assertThatThrownBy(() -> client.call("6.3", Map.of())).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("100003");
    }

    @Test
    void queries_are_retried_on_5xx_and_commands_are_not() {
        server.enqueue(new MockResponse().setResponseCode(503));
        server.enqueue(new MockResponse().setBody("{\"status\":true,\"code\":200,\"data\":{\"total\":\"100\",\"remain\":7}}"));
        assertThat(new CarsafeParking(client).remainingSpaces().remain()).isEqualTo(7);
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(sleeps).hasSize(1);

        server.enqueue(new MockResponse().setResponseCode(503));
        assertThatThrownBy(() -> new CarsafeParking(client).lockCar("粤B12345")).isInstanceOf(TransportException.class);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void malformed_reply_names_what_was_expected() {
        server.enqueue(new MockResponse().setBody("<html>gateway</html>"));
        assertThatThrownBy(() -> client.call("6.3", Map.of())).isInstanceOf(MalformedMessageException.class)
                .hasMessageContaining("expected a JSON response envelope");
        server.enqueue(new MockResponse().setBody("{\"message\":\"x\"}"));
        assertThatThrownBy(() -> client.call("6.3", Map.of())).isInstanceOf(MalformedMessageException.class)
                .hasMessageContaining("status");
    }

    @Test
    void missing_required_fields_are_refused_before_sending() {
        assertThatThrownBy(() -> client.call("6.1", Map.of("credentialtype", "1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("data.credential");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void strict_mode_refuses_names_the_catalogue_does_not_list() {
        CarsafeClient strict = CarsafeClient.builder().baseUrl(server.url("/").toString()).from("UT")
                .keys(CarsafeKeys.single(Secret.of("111111"))).fieldCheck(FieldCheck.STRICT).build();
        assertThatThrownBy(() -> strict.call("6.39", Map.of("credentialType", "1", "credential", "粤B1", "receivable",
                "1", "amount", "1", "preExpireDate", "x", "currExpireDate", "y", "payMonth", "1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("aeceivable");
    }

    @Test
    void fee_calculation_reads_amounts_exactly_from_strings_and_numbers() throws Exception {
        server.enqueue(new MockResponse().setBody("{\"status\":true,\"code\":200,\"data\":{\"numno\":\"T1\",\"carNo\":"
                + "\"粤B12345\",\"entertime\":\"2019-12-09 09:00:00\",\"parkposi\":\"1\",\"parktime\":223,\"parkcost\":24.00,"
                + "\"amount\":\"19.99\",\"calcstarttime\":\"2019-12-09 09:00:00\",\"calendtime\":\"2019-12-09 15:42:45\","
                + "\"orderNo\":\"O1\",\"cardInId\":\"9\",\"chargeSeqNo\":\"1\"}}"));
        FeeCalculation calc = new CarsafeParking(client).calculateFee(FeeCalculationRequest.now(Credential.plate("粤 B12345")));
        assertThat(calc.parkCost()).isEqualTo(Money.ofFen(2400));
        assertThat(calc.amount()).isEqualTo(Money.ofFen(1999));
        assertThat(calc.carNo()).isEqualTo("粤B12345");
        assertThat(calc.calcEndTime()).isEqualTo("2019-12-09 15:42:45");
        String body = server.takeRequest().getBody().readUtf8();
        assertThat(body).contains("\"data\":{\"credentialtype\":\"1\",\"credential\":\"粤B12345\",\"calcendtime\":"
                + "\"1970-01-01 00:00:00\"}");

        server.enqueue(new MockResponse().setBody("{\"status\":true,\"code\":200,\"data\":{\"flag\":\"1\",\"FreeLeaveMinutes\":\"15\"}}"));
        var result = new CarsafeParking(client).commitPayment(PaymentCommitRequest.paying(calc,
                Credential.plate("粤B12345"), Money.ofFen(1999), "10", "T-1", "2019-12-09 15:42:40"));
        assertThat(result.ok()).isTrue();
        assertThat(server.takeRequest().getBody().readUtf8()).contains("\"parkcost\":\"24.00\",\"amount\":\"19.99\"");
    }

    @Test
    void amounts_with_more_than_two_decimals_are_rejected() {
        server.enqueue(new MockResponse().setBody("{\"status\":true,\"code\":200,\"data\":{\"name\":\"a\",\"balance\":\"1.005\"}}"));
        assertThatThrownBy(() -> new CarsafeParking(client).storedValueCard(Credential.card("1")))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("balance");
    }

    @Test
    void paging_follows_rowindex_and_total() throws Exception {
        server.enqueue(new MockResponse().setBody("{\"status\":true,\"code\":200,\"data\":[{\"CardNo\":\"1\"},{\"CardNo\":\"2\"}],\"rowindex\":0,\"total\":3}"));
        server.enqueue(new MockResponse().setBody("{\"status\":true,\"code\":200,\"data\":[{\"CardNo\":\"3\"}],\"rowindex\":2,\"total\":3}"));
        List<String> cards = new ArrayList<>();
        for (JsonNode row : client.rows("6.4", Map.of(), 2)) {
            cards.add(row.get("CardNo").asText());
        }
        assertThat(cards).containsExactly("1", "2", "3");
        assertThat(server.takeRequest().getBody().readUtf8()).endsWith("\"queryFormat\":{\"rowindex\":\"0\",\"pagesize\":\"2\"}}");
        assertThat(server.takeRequest().getBody().readUtf8()).endsWith("\"queryFormat\":{\"rowindex\":\"2\",\"pagesize\":\"2\"}}");
    }

    @Test
    void default_nonces_are_random_in_0_to_99_and_timestamps_use_the_zone() throws Exception {
        CarsafeClient defaults = CarsafeClient.builder().baseUrl(server.url("/").toString()).from("UT")
                .keys(CarsafeKeys.single(Secret.of("111111"))).clock(Samples.CLOCK).build();
        java.util.Set<String> nonces = new java.util.HashSet<>();
        for (int i = 0; i < 200; i++) {
            JsonNode env = io.parkbridge.protocol.carsafe.codec.CarsafeJson.mapper().readTree(
                    defaults.prepare(io.parkbridge.protocol.carsafe.catalogue.CarsafeCatalogue.of("6.3"), Map.of(), null)
                            .bodyText());
            int nonce = Integer.parseInt(env.get("nonce").asText());
            assertThat(nonce).isBetween(0, 99);
            nonces.add(env.get("nonce").asText());
            assertThat(env.get("timestamp").asText()).isEqualTo("2019-12-09 15:42:45"); // 07:42:45Z in Asia/Shanghai
            assertThat(env.has("branchno")).isFalse();
        }
        assertThat(nonces.size()).isGreaterThan(20);
    }

    @Test
    void secrets_never_show_in_to_string() {
        assertThat(client.toString()).doesNotContain("111111");
        assertThat(CarsafeKeys.single(Secret.of("111111")).toString()).doesNotContain("111111");
    }
}
