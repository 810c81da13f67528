package io.parkbridge.protocol.carsafe;

import static org.assertj.core.api.Assertions.assertThat;

import io.parkbridge.protocol.carsafe.codec.CarsafeEnvelope;
import io.parkbridge.protocol.carsafe.codec.CarsafeSigner;
import io.parkbridge.protocol.carsafe.codec.ReceivedEnvelope;
import io.parkbridge.protocol.support.crypto.Secret;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CarsafeSignerTest {

    private static final String DOC_BODY = "{\"from\":\"UT\",\"sign\":\"07TJX7gHAvoKqzR1YRVkBfqapVI=\",\"nonce\":\"47\","
            + "\"branchno\":\"1001\",\"timestamp\":\"2019-12-09 15:42:45\",\"data\":{\"ControllerNo\":\"1\",\"DoorNo\":2},"
            + "\"queryFormat\":null}";

    @Test
    void section_10_40_example_string_to_sign_sorts_from_timestamp_nonce_in_ascii_order() {
        assertThat(CarsafeSigner.stringToSign("UT", "2019-12-09 15:42:45", "47", "{\"ControllerNo\":\"1\",\"DoorNo\":2}"))
                .isEqualTo("2019-12-09 15:42:4547UT{\"ControllerNo\":\"1\",\"DoorNo\":2}");
    }

    @ParameterizedTest(name = "from={0} timestamp={1} nonce={2}")
    @CsvSource({"A1,B2,C3", "A1,C3,B2", "B2,A1,C3", "B2,C3,A1", "C3,A1,B2", "C3,B2,A1", "B2,A1,A1", "A1,A1,A1"})
    void every_arrangement_of_from_timestamp_nonce_is_signed_in_ascii_order(String from, String timestamp,
            String nonce) {
        String[] sorted = {from, timestamp, nonce};
        java.util.Arrays.sort(sorted);
        String expected = sorted[0] + sorted[1] + sorted[2] + "{}";
        assertThat(CarsafeSigner.stringToSign(from, timestamp, nonce, "{}")).isEqualTo(expected);
        assertThat(CarsafeSigner.sign(Secret.of("111111"), from, timestamp, nonce, "{}"))
                .isEqualTo(CarsafeSigner.sign(Secret.of("111111"), sorted[0], sorted[1], sorted[2], "{}"));
    }

    @Test
    void section_10_40_example_verified_vector() {
        assertThat(CarsafeSigner.sign(Secret.of("111111"), "UT", "2019-12-09 15:42:45", "47",
                "{\"ControllerNo\":\"1\",\"DoorNo\":2}")).isEqualTo("07TJX7gHAvoKqzR1YRVkBfqapVI=");
    }

    @Test
    void section_10_40_example_envelope_is_rebuilt_byte_for_byte() {
        CarsafeEnvelope env = CarsafeEnvelope.signed(Secret.of("111111"), "UT", "47", "1001", "2019-12-09 15:42:45",
                "{\"ControllerNo\":\"1\",\"DoorNo\":2}", null);
        assertThat(env.toJson()).isEqualTo(DOC_BODY);
    }

    @Test
    void section_10_40_example_verifies_over_the_received_bytes() {
        ReceivedEnvelope r = ReceivedEnvelope.parse(DOC_BODY.getBytes(StandardCharsets.UTF_8));
        assertThat(r.rawData()).isEqualTo("{\"ControllerNo\":\"1\",\"DoorNo\":2}");
        assertThat(CarsafeSigner.verify(Secret.of("111111"), r.from(), r.timestamp(), r.nonce(), r.rawData(), r.sign()))
                .isTrue();
    }

    @Test
    void the_documents_pretty_printed_data_does_not_verify_so_bytes_matter() {
        String spaced = DOC_BODY.replace("{\"ControllerNo\":\"1\",\"DoorNo\":2}", "{ \"ControllerNo\": \"1\", \"DoorNo\": 2 }");
        ReceivedEnvelope r = ReceivedEnvelope.parse(spaced.getBytes(StandardCharsets.UTF_8));
        assertThat(r.rawData()).isEqualTo("{ \"ControllerNo\": \"1\", \"DoorNo\": 2 }");
        assertThat(CarsafeSigner.verify(Secret.of("111111"), r.from(), r.timestamp(), r.nonce(), r.rawData(), r.sign()))
                .isFalse();
    }

    @Test
    void wrong_key_or_empty_sign_fails() {
        assertThat(CarsafeSigner.verify(Secret.of("111112"), "UT", "2019-12-09 15:42:45", "47",
                "{\"ControllerNo\":\"1\",\"DoorNo\":2}", "07TJX7gHAvoKqzR1YRVkBfqapVI=")).isFalse();
        assertThat(CarsafeSigner.verify(Secret.of("111111"), "UT", "2019-12-09 15:42:45", "47",
                "{\"ControllerNo\":\"1\",\"DoorNo\":2}", "")).isFalse();
    }

    /**
     * Vectors computed independently with OpenSSL 3 (not with this code):
     * {@code S='<string to sign>'; printf '%s' "$S" | openssl dgst -sha1 -hmac KEY -binary | base64}.
     * The first row is the 10.40 example itself, run through openssl. Row 2: nonce "07" sorts before the
     * timestamp (ordinal order), so S starts with "072026-11-25 10:00:00PARK".
     */
    @ParameterizedTest(name = "openssl vector {index}: key {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "UT|2019-12-09 15:42:45|47|111111|{\"ControllerNo\":\"1\",\"DoorNo\":2}|07TJX7gHAvoKqzR1YRVkBfqapVI=",
        "PARK|2026-11-25 10:00:00|07|k3y-report|[{\"cardInId\":\"88\",\"plateNo\":\"粤B12345\",\"inDate\":\"2026-11-25 09:59:58\",\"inControllerNo\":\"1\",\"inControllerName\":\"东门入口\",\"funcType\":\"0\"}]|baZNiXyyD7Xjpgem4MfUXF46QG8=",
        "4010228|2015-06-11 11:52:48|82|secret-park|{\"credentialtype\":\"1\",\"credential\":\"浙A1V587\",\"calcendtime\":\"1970-01-01 00:00:00\"}|8DvaIBndhH1lQ/iAHqGzBnIU1cI=",
        "abc|2020-01-01 00:00:00|5|x|''|xP0RHDOopnBHppHqzSqsvWiLxtw=",
    })
    void openssl_vectors(String from, String timestamp, String nonce, String key, String data, String expected) {
        assertThat(CarsafeSigner.sign(Secret.of(key), from, timestamp, nonce, data == null ? "" : data))
                .isEqualTo(expected);
    }
}
