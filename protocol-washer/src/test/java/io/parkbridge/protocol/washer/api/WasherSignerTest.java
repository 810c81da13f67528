package io.parkbridge.protocol.washer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parkbridge.protocol.support.crypto.Secret;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WasherSignerTest {
    static final Secret SECRET = Secret.of("bbbbbbbbbbbbbbbb");

    @Test
    void thePagesEncryptionTestVector() {
        assertThat(new String(WasherSigner.key(SECRET, 1613633983928L), StandardCharsets.US_ASCII))
                .isEqualTo("bbbbbbbbbbbbb928");
        assertThat(WasherSigner.sign("aaaaaaaaaaaaaaaa", SECRET, 1613633983928L))
                .isEqualTo("036ytW2zWyI0V6JqEhCDrrH9YiW31PkQLodR694kwTs=");
    }

    @Test
    void verifyAcceptsTheVectorAndRejectsAnyChange() {
        String sign = "036ytW2zWyI0V6JqEhCDrrH9YiW31PkQLodR694kwTs=";
        assertThat(WasherSigner.verify("aaaaaaaaaaaaaaaa", SECRET, 1613633983928L, sign)).isTrue();
        assertThat(WasherSigner.verify("aaaaaaaaaaaaaaab", SECRET, 1613633983928L, sign)).isFalse();
        assertThat(WasherSigner.verify("aaaaaaaaaaaaaaaa", SECRET, 1613633983929L, sign)).isFalse();
        assertThat(WasherSigner.verify("aaaaaaaaaaaaaaaa", Secret.of("bbbbbbbbbbbbcbbb"), 1613633983928L, sign))
                .isFalse();
        assertThat(WasherSigner.verify("aaaaaaaaaaaaaaaa", SECRET, 1613633983928L, null)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "1613633983000, 1613633983100",
        "1613633983001, 1613633983100",
        "1613633983099, 1613633983100",
        "1613633983100, 1613633983100",
        "1613633983101, 1613633983101",
        "1613633983999, 1613633983999"
    })
    void onlyTimesEndingIn100To999AreSent(long clock, long sent) {
        assertThat(WasherSigner.sendableTime(clock)).isEqualTo(sent);
        assertThat(WasherSigner.signable(sent)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"1613633983000", "1613633983001", "1613633983099"})
    void timesEndingBelow100AreNotSigned(long time) {
        assertThat(WasherSigner.signable(time)).isFalse();
        assertThatThrownBy(() -> WasherSigner.sign("a", SECRET, time)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("100-999");
        assertThat(WasherSigner.verify("a", SECRET, time, "x")).isFalse();
    }

    @Test
    void theBoundariesSign() {
        assertThat(WasherSigner.sign("a", SECRET, 1613633983100L)).isNotEmpty();
        assertThat(WasherSigner.sign("a", SECRET, 1613633983999L)).isNotEmpty();
    }

    @Test
    void shortOrNonAsciiSecretsAreRefusedWithoutShowingThem() {
        assertThatThrownBy(() -> WasherSigner.sign("a", Secret.of("short-secret"), 1613633983928L))
                .hasMessageContaining("13 characters").hasMessageNotContaining("short-secret");
        assertThatThrownBy(() -> WasherSigner.sign("a", Secret.of("ééééééééééééééé"), 1613633983928L))
                .hasMessageContaining("ASCII");
    }
}
