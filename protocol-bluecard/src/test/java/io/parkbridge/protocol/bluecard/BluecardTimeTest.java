package io.parkbridge.protocol.bluecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parkbridge.protocol.support.error.MalformedMessageException;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BluecardTimeTest {
    private final BluecardTime time = BluecardTime.shanghai();

    @Test
    void timesAreReadInTheConfiguredZone() {
        assertThat(time.parse("inTime", "2018-07-11 16:32:56")).isEqualTo(Instant.parse("2018-07-11T08:32:56Z"));
        assertThat(new BluecardTime(ZoneId.of("UTC")).parse("inTime", "2018-07-11 16:32:56"))
                .isEqualTo(Instant.parse("2018-07-11T16:32:56Z"));
    }

    @Test
    void formatRoundTrips() {
        Instant t = Instant.parse("2019-02-14T04:02:45Z");
        assertThat(time.format(t)).isEqualTo("2019-02-14 12:02:45");
        assertThat(time.parse("x", time.format(t))).isEqualTo(t);
        assertThat(time.formatDate(t)).isEqualTo("2019-02-14");
    }

    @Test
    void damagedTimesAreRejected() {
        // L2188: the OCR'd example "2019 - 02 - 14 12: 02: 45 " is not a valid time.
        assertThatThrownBy(() -> time.parse("inTime", "2019 - 02 - 14 12: 02: 45 "))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("inTime");
        assertThatThrownBy(() -> time.parse("inTime", "2019-02-30 12:00:00"))
                .isInstanceOf(MalformedMessageException.class);
    }

    @Test
    void timeStampIsEpochMillis() {
        assertThat(BluecardTime.timeStamp(Instant.ofEpochMilli(1531292508030L))).isEqualTo("1531292508030");
    }
}
