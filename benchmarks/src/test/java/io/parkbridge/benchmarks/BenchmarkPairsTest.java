package io.parkbridge.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Each benchmark compares our code with a baseline doing the same work. These checks run in the
 * normal build (the benchmarks themselves run only through ./bench), so a pair that drifts apart
 * fails here instead of producing a meaningless ratio.
 */
class BenchmarkPairsTest {

    @ParameterizedTest
    @ValueSource(strings = {"PT1H", "P1D", "P30D"})
    void feeEngineAndPerMinuteReferenceAgreeOnTheBenchmarkStays(String length) {
        FeeEngineBenchmark b = new FeeEngineBenchmark();
        b.stayLength = length;
        b.setUp(); // throws when the two disagree
        assertThat(b.engine().gross().fen()).isEqualTo(b.perMinuteReference()).isPositive();
    }

    @Test
    void signersAndTheirBarePrimitivesProduceTheSameValues() {
        SignerBenchmark b = new SignerBenchmark();
        b.setUp();
        assertThat(b.carsafeSign()).isEqualTo(b.carsafeSignPrimitives()).isNotBlank();
        assertThat(b.bluecardSign()).isEqualTo(b.bluecardSignPrimitives()).hasSize(32);
    }

    @Test
    void weLinkCodecAndItsBarePrimitivesProduceTheSameValues() {
        WeLinkCodecBenchmark b = new WeLinkCodecBenchmark();
        b.setUp(); // throws when signatures or plaintexts differ
        assertThat(b.encodeSign().get("Signature")).isEqualTo(b.encodeSignPrimitives());
        assertThat(b.decodeVerify()).isEqualTo(b.decodeVerifyPrimitives());
    }
}
