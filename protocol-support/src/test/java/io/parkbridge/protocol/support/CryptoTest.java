package io.parkbridge.protocol.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parkbridge.protocol.support.crypto.ConstantTime;
import io.parkbridge.protocol.support.crypto.NonceSource;
import io.parkbridge.protocol.support.crypto.Redactor;
import io.parkbridge.protocol.support.crypto.Secret;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CryptoTest {

    @Test
    void constantTimeEqualsComparesValues() {
        assertThat(ConstantTime.equals("abc", "abc")).isTrue();
        assertThat(ConstantTime.equals("abc", "abd")).isFalse();
        assertThat(ConstantTime.equals("abc", "abcd")).isFalse();
        assertThat(ConstantTime.equals(null, "abc")).isFalse();
        assertThat(ConstantTime.equals("签名", "签名")).isTrue();
    }

    @Test
    void secretsNeverPrintThemselves() {
        Secret s = Secret.of("27a06832a2214a4fa3b7105e4a72d370");
        assertThat(s.toString()).isEqualTo("****");
        assertThat(String.valueOf(List.of(s))).doesNotContain("27a0");
        assertThat(s.reveal()).isEqualTo("27a06832a2214a4fa3b7105e4a72d370");
        assertThat(s).isEqualTo(Secret.of("27a06832a2214a4fa3b7105e4a72d370"));
        assertThatThrownBy(() -> Secret.of("")).hasMessageContaining("non-empty");
    }

    @Test
    void redactorMasksEveryKnownSecretLongestFirst() {
        Redactor r = Redactor.of(List.of(Secret.of("abcd1234"), Secret.of("abcd"), Secret.of("xy")));
        assertThat(r.redact("key=abcd1234 other=abcd short=xy"))
                .isEqualTo("key=**** other=**** short=xy");
    }

    @Test
    void nonceSourceStaysInRangeAndVaries() {
        NonceSource source = NonceSource.secureRandom(1, 99);
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            long n = source.next();
            assertThat(n).isBetween(1L, 99L);
            seen.add(n);
        }
        assertThat(seen.size()).isGreaterThan(50); // not a constant, not a tiny cycle
        assertThatThrownBy(() -> NonceSource.secureRandom(5, 4)).hasMessageContaining("min <= max");
    }
}
