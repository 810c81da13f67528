package io.parkbridge.protocol.bluecard.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parkbridge.protocol.bluecard.message.Reply;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The 4.24 → 4.25 → 4.26 state machine without HTTP. */
class FacePayPollingTest {
    static final Instant T0 = Instant.parse("2019-01-09T01:00:00Z");
    static final Reply<Object> PAYING = new Reply<>("fail", "USERPAYING", null, "31");

    @Test
    void paidAtOnceNeverPolls() {
        FacePayPolling p = new FacePayPolling(T0);
        p.onFacePayReply(Reply.success(new Object()));
        assertThat(p.state()).isEqualTo(FacePayPolling.State.PAID);
        assertThat(p.next(T0.plusSeconds(1))).isEqualTo(FacePayPolling.Step.NOTHING);
    }

    @Test
    void refusedIsFailedNotPolled() {
        FacePayPolling p = new FacePayPolling(T0);
        p.onFacePayReply(Reply.fail("余额不足"));
        assertThat(p.state()).isEqualTo(FacePayPolling.State.FAILED);
        assertThat(p.next(T0.plusSeconds(1))).isEqualTo(FacePayPolling.Step.NOTHING);
    }

    @Test
    void userPayingPollsEverySecondForFiveMinutesThenCancels() {
        FacePayPolling p = new FacePayPolling(T0);
        p.onFacePayReply(PAYING);
        int polls = 0;
        Instant t = T0;
        while (true) {
            t = t.plus(FacePayPolling.INTERVAL);
            FacePayPolling.Step step = p.next(t);
            if (step == FacePayPolling.Step.CANCEL) {
                p.onCancelSent();
                break;
            }
            assertThat(step).isEqualTo(FacePayPolling.Step.POLL);
            p.onPollReply(PAYING);
            polls++;
        }
        assertThat(polls).isEqualTo(300).isEqualTo(p.polls());
        assertThat(Duration.between(T0, t)).isEqualTo(Duration.ofSeconds(301));
        assertThat(p.state()).isEqualTo(FacePayPolling.State.CANCELLED);
        assertThatThrownBy(() -> p.onPollReply(PAYING)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSuccessfulPollEndsPolling() {
        FacePayPolling p = new FacePayPolling(T0);
        p.onFacePayReply(PAYING);
        p.onPollReply(PAYING);
        p.onPollReply(Reply.success(new Object()));
        assertThat(p.state()).isEqualTo(FacePayPolling.State.PAID);
        assertThat(p.polls()).isEqualTo(2);
    }

    @Test
    void pushScheduleFollowsTheDocument() {
        PushSchedule s = PushSchedule.DOCUMENTED;
        assertThat(s.delayAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(s.delayAfter(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(s.delayAfter(3)).isEqualTo(Duration.ofMinutes(5));
        assertThat(s.delayAfter(40)).isEqualTo(Duration.ofMinutes(5));
    }
}
