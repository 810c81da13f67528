package io.parkbridge.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
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
        assertThat(r.lowQuartile()).isLessThanOrEqualTo(r.ratio()).isPositive();
        assertThat(r.highQuartile()).isGreaterThanOrEqualTo(r.ratio());
        assertThat(log.toString()).contains("fork 1 of 1: 4 pairs");
    }
}
