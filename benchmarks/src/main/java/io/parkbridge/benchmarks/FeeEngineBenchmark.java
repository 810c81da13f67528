package io.parkbridge.benchmarks;

import io.parkbridge.core.fee.FeeEngine;
import io.parkbridge.core.fee.FeeQuote;
import io.parkbridge.core.fee.Stay;
import io.parkbridge.core.fee.Tariff;
import io.parkbridge.core.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * FeeEngine against the per-minute calculator for stays of 1 hour, 1 day and 30 days under a
 * day/night tariff with a night cap and a calendar-day cap. The engine's time should stay
 * nearly flat; the per-minute calculator's grows with the minutes parked.
 *
 * <p>Run on demand only (never part of the test build):
 * <pre>
 * mvn -B -q -pl benchmarks -am -DskipTests package dependency:build-classpath -Dmdep.outputFile=/tmp/bench.cp
 * java -cp benchmarks/target/classes:$(cat /tmp/bench.cp) org.openjdk.jmh.Main FeeEngineBenchmark
 * </pre>
 *
 * <p>The engine prices the repeated full days of a long stay once (docs/fees.md), so its 30-day
 * quote should cost about what a 2-day one does; docs/performance.md has the figures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FeeEngineBenchmark {

    /** Length of the stay. */
    @Param({"PT1H", "P1D", "P30D"})
    public String stayLength;

    private final FeeEngine engine = new FeeEngine();
    private final PerMinuteFeeCalculator perMinute = new PerMinuteFeeCalculator();
    private Tariff tariff;
    private Stay stay;

    @Setup
    public void setUp() {
        tariff = tariff();
        stay = stay(stayLength);
        long expected = perMinute.gross(tariff, stay.entry(), stay.exit());
        long actual = engine.quote(tariff, stay).gross().fen();
        if (expected != actual) {
            throw new IllegalStateException("engine " + actual + " fen disagrees with per-minute " + expected + " fen");
        }
    }

    /** The benchmark's tariff: day/night with a night cap and a calendar-day cap. */
    static Tariff tariff() {
        return Tariff.dayNight(Duration.ofMinutes(15), LocalTime.of(8, 0), LocalTime.of(20, 0),
                Duration.ofMinutes(30), Money.parseYuan("1.00"), Duration.ofMinutes(60), Money.parseYuan("1.00"),
                Money.parseYuan("5.00"), Money.parseYuan("30.00"));
    }

    /** A stay of {@code length} (ISO-8601, e.g. "P30D") from the benchmark's entry time. */
    static Stay stay(String length) {
        Instant entry = Instant.parse("2026-03-02T01:17:23Z");
        return Stay.of(entry, entry.plus(Duration.parse(length)));
    }

    @Benchmark
    public FeeQuote engine() {
        return engine.quote(tariff, stay);
    }

    @Benchmark
    public long perMinuteReference() {
        return perMinute.gross(tariff, stay.entry(), stay.exit());
    }

    /** Runs this benchmark (see the class comment for the classpath). */
    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(FeeEngineBenchmark.class.getSimpleName()).build()).run();
    }
}
