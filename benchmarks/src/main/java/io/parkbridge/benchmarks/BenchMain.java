package io.parkbridge.benchmarks;

import io.parkbridge.benchmarks.load.LoadTest;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.annotations.Mode;

/**
 * What {@code ./bench} runs: the JMH benchmarks (one fork each, short warm-up and measurement;
 * JMH's GC profiler for allocation per operation), the 30-day vs 1-hour quote ratio timed in pairs
 * ({@link PairedQuoteRatio}), then the server load test, then ONE table where every figure is a
 * ratio against a baseline measured in the same {@code ./bench} invocation.
 *
 * <p>Options: {@code --quick} (1 warm-up and 2 measurement iterations of 0.5 s, smaller load
 * legs), {@code --no-jmh}, {@code --no-load}, {@code --nagle} (servers with the JDK default TCP_NODELAY off), {@code --out <file>} (also write the table as
 * Markdown), {@code --pg-url <jdbc url>}.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = false;
        boolean jmh = true;
        boolean load = true;
        boolean nagle = false;
        Path out = null;
        String pgUrl = System.getenv().getOrDefault("PARKBRIDGE_TEST_JDBC_URL", LoadTest.DEFAULT_PG_URL);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--no-jmh" -> jmh = false;
                case "--no-load" -> load = false;
                case "--nagle" -> nagle = true;
                case "--out" -> out = Path.of(args[++i]);
                case "--pg-url" -> pgUrl = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (expected --quick, --no-jmh, --no-load, --out <file>, --pg-url <url>)");
            }
        }
        PrintWriter console = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        List<Row> rows = new ArrayList<>();
        if (jmh) {
            Collection<RunResult> results = runJmh(quick);
            console.println("# fee quotes 30 days vs 1 hour, timed in pairs (see PairedQuoteRatio)");
            PairedQuoteRatio.Result paired = (quick ? new PairedQuoteRatio(1, 1_000, 20, console)
                    : new PairedQuoteRatio(3, 5_000, 60, console)).run();
            rows.addAll(jmhRows(results, paired));
        }
        if (load) {
            console.println("# server load test (each server in its own -Xmx256m JVM, generator on 127.0.0.1)");
            LoadTest test = quick ? new LoadTest(8, 1_000, 20_000, 5_000, 8_000, pgUrl, console)
                    : new LoadTest(8, 3_000, 60_000, 30_000, 20_000, pgUrl, console).withDurableBaselines();
            if (nagle) {
                test.withNagle();
            }
            rows.addAll(test.run());
        }
        String text = Row.table(rows, false);
        console.println();
        console.println("ParkBridge benchmarks (" + (quick ? "quick" : "standard") + " run; ratios are against"
                + " baselines measured in this same run)");
        console.print(text);
        long failed = rows.stream().filter(r -> Boolean.FALSE.equals(r.pass())).count();
        console.println(failed == 0 ? "all targets met" : failed + " target(s) not met");
        console.flush();
        if (out != null) {
            Files.writeString(out, Row.table(rows, true), StandardCharsets.UTF_8);
        }
    }

    /**
     * Every JMH benchmark with short settings: the fee engine's 30-day vs 1-hour ratio, the only
     * figure judged against a line close to it, is decided by {@link PairedQuoteRatio} instead.
     */
    private static Collection<RunResult> runJmh(boolean quick) throws Exception {
        ChainedOptionsBuilder o = new OptionsBuilder()
                .include(FeeEngineBenchmark.class.getName())
                .include(WeLinkCodecBenchmark.class.getName())
                .include(SignerBenchmark.class.getName())
                .mode(Mode.AverageTime).timeUnit(TimeUnit.MICROSECONDS)
                .forks(1)
                .shouldFailOnError(true)
                .addProfiler(GCProfiler.class);
        if (quick) {
            o.warmupIterations(1).warmupTime(TimeValue.milliseconds(500))
                    .measurementIterations(2).measurementTime(TimeValue.milliseconds(500));
        } else {
            o.warmupIterations(2).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(3).measurementTime(TimeValue.seconds(1));
        }
        return new Runner(o.build()).run();
    }

    private record Score(double micros, double bytesPerOp) {
    }

    private static List<Row> jmhRows(Collection<RunResult> results, PairedQuoteRatio.Result paired) {
        Map<String, Score> s = new HashMap<>();
        for (RunResult r : results) {
            String bench = r.getParams().getBenchmark();
            String name = bench.substring(bench.lastIndexOf('.', bench.lastIndexOf('.') - 1) + 1);
            String stay = r.getParams().getParam("stayLength");
            if (stay != null) {
                name += ":" + stay;
            }
            Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
            s.put(name, new Score(r.getPrimaryResult().getScore(), alloc == null ? Double.NaN : alloc.getScore()));
        }
        List<Row> rows = new ArrayList<>();
        for (String stay : List.of("PT1H", "P1D", "P30D")) {
            Score engine = s.get("FeeEngineBenchmark.engine:" + stay);
            Score ref = s.get("FeeEngineBenchmark.perMinuteReference:" + stay);
            if (engine == null || ref == null) {
                continue;
            }
            double speedup = ref.micros() / engine.micros();
            boolean target = stay.equals("P30D");
            rows.add(new Row("fee quote " + label(stay) + ": engine vs per-minute", Row.fmt(engine.micros(), "us"),
                    Row.fmt(ref.micros(), "us"), Row.ratio(speedup) + " faster", target ? ">= 100x faster" : "-",
                    target ? speedup >= 100 : null));
        }
        Score oneHour = s.get("FeeEngineBenchmark.engine:PT1H");
        Score month = s.get("FeeEngineBenchmark.engine:P30D");
        if (oneHour != null && month != null) {
            // informational: separate forks seconds apart; the paired figure below decides (see PairedQuoteRatio)
            rows.add(new Row("fee quote 30 days vs 1 hour (engine, JMH, separate forks)", Row.fmt(month.micros(), "us"),
                    Row.fmt(oneHour.micros(), "us"), Row.ratio(month.micros() / oneHour.micros()), "-", null));
        }
        rows.add(new Row("fee quote 30 days vs 1 hour (engine, paired in one JVM; quartiles "
                + Row.ratio(paired.lowQuartile()) + "-" + Row.ratio(paired.highQuartile()) + ")",
                Row.fmt(paired.longMicros(), "us"), Row.fmt(paired.shortMicros(), "us"), Row.ratio(paired.ratio()),
                "<= 3x", paired.ratio() <= 3));
        overhead(rows, s, "WeLink encode+sign (3DES+GZIP+Base64+HMAC-SHA1)", "WeLinkCodecBenchmark.encodeSign",
                "WeLinkCodecBenchmark.encodeSignPrimitives");
        overhead(rows, s, "WeLink decode+verify", "WeLinkCodecBenchmark.decodeVerify",
                "WeLinkCodecBenchmark.decodeVerifyPrimitives");
        overhead(rows, s, "Carsafe sign (HMAC-SHA1+Base64)", "SignerBenchmark.carsafeSign",
                "SignerBenchmark.carsafeSignPrimitives");
        overhead(rows, s, "Bluecard sign (MD5 hex)", "SignerBenchmark.bluecardSign",
                "SignerBenchmark.bluecardSignPrimitives");
        alloc(rows, s, "alloc/op WeLink encode+sign", "WeLinkCodecBenchmark.encodeSign",
                "WeLinkCodecBenchmark.encodeSignPrimitives");
        alloc(rows, s, "alloc/op WeLink decode+verify", "WeLinkCodecBenchmark.decodeVerify",
                "WeLinkCodecBenchmark.decodeVerifyPrimitives");
        alloc(rows, s, "alloc/op Carsafe sign", "SignerBenchmark.carsafeSign", "SignerBenchmark.carsafeSignPrimitives");
        alloc(rows, s, "alloc/op Bluecard sign", "SignerBenchmark.bluecardSign",
                "SignerBenchmark.bluecardSignPrimitives");
        for (String stay : List.of("PT1H", "P1D", "P30D")) {
            alloc(rows, s, "alloc/op fee quote " + label(stay), "FeeEngineBenchmark.engine:" + stay,
                    "FeeEngineBenchmark.perMinuteReference:" + stay);
        }
        return rows;
    }

    private static String label(String stay) {
        return switch (stay) {
            case "PT1H" -> "1 hour";
            case "P1D" -> "1 day";
            default -> "30 days";
        };
    }

    private static void overhead(List<Row> rows, Map<String, Score> s, String figure, String codec, String base) {
        Score c = s.get(codec);
        Score b = s.get(base);
        if (c == null || b == null) {
            return;
        }
        double r = c.micros() / b.micros();
        rows.add(new Row(figure + " vs bare primitives", Row.fmt(c.micros(), "us"), Row.fmt(b.micros(), "us"),
                Row.ratio(r), "<= 1.30x", r <= 1.3));
    }

    private static void alloc(List<Row> rows, Map<String, Score> s, String figure, String path, String base) {
        Score c = s.get(path);
        Score b = s.get(base);
        if (c == null || b == null) {
            return;
        }
        rows.add(new Row(figure + " (baseline: " + base.substring(base.indexOf('.') + 1) + ")",
                Row.fmt(c.bytesPerOp(), "B"), Row.fmt(b.bytesPerOp(), "B"), Row.ratio(c.bytesPerOp() / b.bytesPerOp()),
                "-", null));
    }
}
