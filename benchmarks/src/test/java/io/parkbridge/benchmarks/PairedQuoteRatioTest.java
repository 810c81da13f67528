package io.parkbridge.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The paired timing's arithmetic, and one tiny fork end to end (a child JVM, well under a second of work). */
class PairedQuoteRatioTest {

    @Test
    void quantilesInterpolateBetweenRanks() {
        double[] v = {1, 2, 3, 4};
        assertThat(PairedQuoteRatio.quantile(v, 0.5)).isEqualTo(2.5);
        assertThat(PairedQuoteRatio.quantile(v, 0.25)).isCloseTo(1.75, within(1e-12));
        assertThat(PairedQuoteRatio.quantile(v, 1.0)).isEqualTo(4);
        assertThat(PairedQuoteRatio.quantile(new double[] {7}, 0.5)).isEqualTo(7);
    }

    @Test
    void aForkReportsEveryRoundAndTheLongStayCostsMore() throws Exception {
        StringWriter log = new StringWriter();
        PairedQuoteRatio.Result r = new PairedQuoteRatio(1, 200, 4, new PrintWriter(log, true)).run();
        assertThat(r.pairs()).isEqualTo(4);
        assertThat(r.forkRatios()).hasSize(1);
        assertThat(r.shortMicros()).isPositive();
        // even barely warmed up, 30 days bill more runs than one hour
        assertThat(r.longMicros()).isGreaterThan(r.shortMicros());
        assertThat(log.toString()).contains("fork 1 of 1: 4 pairs");
    }

    @Test
    void aForksOutputIsCheckedLineByLine() {
        assertThat(PairedQuoteRatio.parse(List.of("a JVM warning", "PAIR 300.5 900.25", "PAIR 310 905", "SINK 42"), 2))
                .extracting(p -> p[1] / p[0]).containsExactly(900.25 / 300.5, 905.0 / 310);
        assertThatThrownBy(() -> PairedQuoteRatio.parse(List.of("PAIR 300 900", "SINK 1"), 2))
                .hasMessageContaining("expected 2 pairs and a SINK line, got 1 pairs");
        assertThatThrownBy(() -> PairedQuoteRatio.parse(List.of("PAIR 300 900"), 1)).hasMessageContaining("no SINK");
        assertThatThrownBy(() -> PairedQuoteRatio.parse(List.of("PAIR 300 x", "SINK 1"), 1))
                .hasMessageContaining("expected PAIR <ns> <ns>, got PAIR 300 x");
        assertThatThrownBy(() -> PairedQuoteRatio.parse(List.of("PAIR 0 900", "SINK 1"), 1))
                .hasMessageContaining("expected PAIR");
    }

    @Test
    void runsOfNothingAreRefused() {
        assertThatThrownBy(() -> new PairedQuoteRatio(1, 0, 0, new PrintWriter(new StringWriter())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rounds >= 1");
    }
}
