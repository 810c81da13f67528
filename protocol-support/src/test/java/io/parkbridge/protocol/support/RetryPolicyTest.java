package io.parkbridge.protocol.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parkbridge.protocol.support.http.HttpSettings;
import io.parkbridge.protocol.support.http.RetryPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofMillis(700), 2.0);

    @Test
    void capsGrowExponentiallyUpToTheMaximum() {
        assertThat(policy.capFor(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.capFor(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.capFor(3)).isEqualTo(Duration.ofMillis(400));
        assertThat(policy.capFor(4)).isEqualTo(Duration.ofMillis(700));
    }

    @Test
    void jitteredDelaysStayWithinTheirCap() {
        for (int retry = 1; retry <= 4; retry++) {
            for (int i = 0; i < 200; i++) {
                assertThat(policy.delayFor(retry)).isBetween(Duration.ZERO, policy.capFor(retry));
            }
        }
    }

    @Test
    void onlyServerErrorsAreRetryable() {
        assertThat(RetryPolicy.retryableStatus(500)).isTrue();
        assertThat(RetryPolicy.retryableStatus(599)).isTrue();
        assertThat(RetryPolicy.retryableStatus(499)).isFalse();
        assertThat(RetryPolicy.retryableStatus(200)).isFalse();
    }

    @Test
    void timeoutsThatOkHttpWouldReadAsForeverAreRejected() {
        Duration ok = Duration.ofSeconds(1);
        assertThatThrownBy(() -> new HttpSettings(Duration.ZERO, ok, ok)).hasMessageContaining("connectTimeout");
        assertThatThrownBy(() -> new HttpSettings(ok, Duration.ofNanos(999_999), ok)).hasMessageContaining("readTimeout");
        assertThatThrownBy(() -> new HttpSettings(ok, ok, Duration.ofMillis(-5))).hasMessageContaining("callTimeout");
        assertThat(new HttpSettings(Duration.ofMillis(1), ok, ok).connectTimeout()).isEqualTo(Duration.ofMillis(1));
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO, 1))
                .hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> new RetryPolicy(2, Duration.ZERO, Duration.ZERO, 0.5))
                .hasMessageContaining("multiplier");
    }
}
