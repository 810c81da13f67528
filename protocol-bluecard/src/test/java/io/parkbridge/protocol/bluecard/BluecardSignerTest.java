package io.parkbridge.protocol.bluecard;

import static org.assertj.core.api.Assertions.assertThat;

import io.parkbridge.protocol.support.crypto.Secret;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The document prints no vector. These were computed outside Java, with coreutils:
 * {@code printf '%s' 'abc123p180329111018' | md5sum} and so on (UTF-8 input).
 */
class BluecardSignerTest {

    @ParameterizedTest(name = "md5({0} + {1}) = {2}")
    @CsvSource({
            "abc123, p180329111018, 63823c6b805504907da958a0d15d52c1",
            "9f8e7d6c5b4a3210, p180329111018, 8905e21f52340e91972bbeacdb8806e3",
            "蓝卡密钥, P8, 85e0a1f8e79d05809ced75c4be20d16a"
    })
    void signMatchesIndependentlyComputedVectors(String key, String park, String expected) {
        assertThat(BluecardSigner.sign(Secret.of(key), park)).isEqualTo(expected);
        assertThat(BluecardSigner.verify(Secret.of(key), park, expected)).isTrue();
    }

    @Test
    void signIsLowerCaseHexOf32Characters() {
        assertThat(BluecardSigner.sign(Secret.of("k"), "p1")).matches("[0-9a-f]{32}");
    }

    @Test
    void verifyRejectsWrongKeyWrongParkAndMissingHeader() {
        Secret key = Secret.of("abc123");
        String good = "63823c6b805504907da958a0d15d52c1";
        assertThat(BluecardSigner.verify(Secret.of("abc124"), "p180329111018", good)).isFalse();
        assertThat(BluecardSigner.verify(key, "p180329111019", good)).isFalse();
        assertThat(BluecardSigner.verify(key, "p180329111018", null)).isFalse();
        assertThat(BluecardSigner.verify(key, "p180329111018", "")).isFalse();
        assertThat(BluecardSigner.verify(key, "", good)).isFalse();
        assertThat(BluecardSigner.verify(key, "p180329111018", good.toUpperCase())).isTrue();
    }

    @Test
    void theSignDoesNotDependOnTheBodySoItIsTheSameForEveryRequestOfAPark() {
        // Documented weakness: nothing of the body enters the digest.
        assertThat(BluecardSigner.sign(Secret.of("abc123"), "p180329111018"))
                .isEqualTo(BluecardSigner.sign(Secret.of("abc123"), "p180329111018"));
    }
}
