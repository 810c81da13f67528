package io.parkbridge.benchmarks;

import io.parkbridge.core.fee.FeeEngine;
import io.parkbridge.core.fee.FeeQuote;
import io.parkbridge.core.fee.Stay;
import io.parkbridge.core.fee.Tariff;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The fee engine's 30-day quote against its 1-hour quote, timed in pairs inside one JVM: each
 * round times a batch of 1-hour quotes and a batch of 30-day quotes back to back (which goes
 * first alternates), and the ratio is the median of the rounds' ratios over a few JVMs.
 *
 * <p>Why not JMH's two figures: JMH runs each stay length in forks of its own, seconds apart.
 * On the 2-core VM these figures come from, one 1-second iteration of the same quote in the same
 * fork ranges over +-20%, and a fork can move from one level to another half-way (1.0 to 1.35 us
 * with no compilation and no GC in between), so the quotient of two separately measured means
 * moved between 2.5x and 3.9x on nearly unchanged code, more than the margin the 3x target decides.
 * Timed 10 ms apart, both halves of a pair see the same machine, and the drift cancels. Both
 * stays run in one JVM, as they do in a server, so the JIT compiles the billing loop for both.
 *
 * <p>Each fork is a child JVM running {@link #main} with the same class path; it prints one
 * {@code PAIR <ns per 1-hour quote> <ns per 30-day quote>} line per round.
 */
public final class PairedQuoteRatio {

    /**
     * What a run measured over all rounds of all forks: the median time per quote of each stay,
     * the median, lower and upper quartile of the rounds' ratios, each fork's median ratio, and
     * how many rounds (pairs) there were.
     */
    public record Result(double shortMicros, double longMicros, double ratio, double lowQuartile,
            double highQuartile, List<Double> forkRatios, int pairs) {
    }

    private static final long BATCH_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private final int forks;
    private final long warmupMillis;
    private final int rounds;
    private final PrintWriter log;

    /**
     * @param forks child JVMs, one after another (at least 1)
     * @param warmupMillis how long each fork quotes both stays, alternating, before it measures
     * @param rounds pairs of batches measured per fork (each batch about 10 ms; at least 1)
     * @param log where each fork's median ratio is printed
     */
    public PairedQuoteRatio(int forks, long warmupMillis, int rounds, PrintWriter log) {
        if (forks < 1 || rounds < 1 || warmupMillis < 0) {
            throw new IllegalArgumentException("paired fee quotes: expected forks >= 1, rounds >= 1 and a warm-up"
                    + " >= 0 ms, got " + forks + ", " + rounds + ", " + warmupMillis);
        }
        this.forks = forks;
        this.warmupMillis = warmupMillis;
        this.rounds = rounds;
        this.log = log;
    }

    /** Runs the forks and summarises their pairs. */
    public Result run() throws Exception {
        List<double[]> all = new ArrayList<>();
        List<Double> forkRatios = new ArrayList<>();
        for (int f = 1; f <= forks; f++) {
            List<double[]> pairs = fork();
            forkRatios.add(median(ratios(pairs)));
            all.addAll(pairs);
            log.printf(Locale.ROOT, "# paired fee quotes, fork %d of %d: %d pairs, median 30 days / 1 hour %.2fx%n", f,
                    forks, pairs.size(), forkRatios.get(forkRatios.size() - 1));
        }
        double[] r = ratios(all);
        Arrays.sort(r);
        double[] shorts = all.stream().mapToDouble(p -> p[0]).sorted().toArray();
        double[] longs = all.stream().mapToDouble(p -> p[1]).sorted().toArray();
        return new Result(quantile(shorts, 0.5) / 1000, quantile(longs, 0.5) / 1000, quantile(r, 0.5),
                quantile(r, 0.25), quantile(r, 0.75), forkRatios, all.size());
    }

    private List<double[]> fork() throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), PairedQuoteRatio.class.getName(),
                Long.toString(warmupMillis), Integer.toString(rounds));
        // both streams to files: reading a pipe would block on a child that hangs, past any timeout
        Path out = Files.createTempFile("parkbridge-paired-quotes", ".out");
        Path err = Files.createTempFile("parkbridge-paired-quotes", ".log");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            if (!p.waitFor(warmupMillis + 120_000, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("paired fee quotes: the fork did not finish in time (see " + err + ")");
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("paired fee quotes: the fork exited with " + p.exitValue() + " (see "
                        + err + ")");
            }
            List<double[]> pairs = parse(Files.readAllLines(out, StandardCharsets.UTF_8), rounds);
            Files.deleteIfExists(err);
            return pairs;
        } finally {
            if (p.isAlive()) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            Files.deleteIfExists(out);
        }
    }

    /**
     * The {@code PAIR} lines of a fork's output, checked: exactly {@code rounds} of them, each two
     * positive times, and the closing {@code SINK} line.
     *
     * @throws IllegalStateException when the output is anything else
     */
    static List<double[]> parse(List<String> lines, int rounds) {
        List<double[]> pairs = new ArrayList<>();
        boolean sunk = false;
        for (String line : lines) {
            String[] w = line.trim().split(" ");
            if (w[0].equals("PAIR")) {
                double h = w.length == 3 ? parsePositive(w[1]) : Double.NaN;
                double m = w.length == 3 ? parsePositive(w[2]) : Double.NaN;
                if (Double.isNaN(h) || Double.isNaN(m)) {
                    throw new IllegalStateException("paired fee quotes: expected PAIR <ns> <ns>, got " + line);
                }
                pairs.add(new double[] {h, m});
            } else if (w[0].equals("SINK")) {
                sunk = true;
            }
        }
        if (!sunk || pairs.size() != rounds) {
            throw new IllegalStateException("paired fee quotes: expected " + rounds + " pairs and a SINK line, got "
                    + pairs.size() + " pairs" + (sunk ? "" : " and no SINK line"));
        }
        return pairs;
    }

    private static double parsePositive(String s) {
        try {
            double v = Double.parseDouble(s);
            return v > 0 && Double.isFinite(v) ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static double[] ratios(List<double[]> pairs) {
        return pairs.stream().mapToDouble(p -> p[1] / p[0]).toArray();
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return quantile(v, 0.5);
    }

    /** Linear interpolation between the two closest ranks of sorted {@code v}. */
    static double quantile(double[] v, double q) {
        double pos = q * (v.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, v.length - 1);
        return v[lo] + (v[hi] - v[lo]) * (pos - lo);
    }

    /** A fork: {@code <warm-up millis> <rounds>}. */
    public static void main(String[] args) {
        long warmupMillis = Long.parseLong(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Tariff tariff = FeeEngineBenchmark.tariff();
        Stay hour = FeeEngineBenchmark.stay("PT1H");
        Stay month = FeeEngineBenchmark.stay("P30D");
        FeeEngine engine = new FeeEngine();
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(warmupMillis);
        while (System.nanoTime() < end) {
            sink += batch(engine, tariff, hour, 100) + batch(engine, tariff, month, 100);
        }
        int hourBatch = batchSize(engine, tariff, hour);
        int monthBatch = batchSize(engine, tariff, month);
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        for (int r = 0; r < rounds; r++) {
            long h;
            long m;
            if (r % 2 == 0) {
                h = timed(engine, tariff, hour, hourBatch);
                m = timed(engine, tariff, month, monthBatch);
            } else {
                m = timed(engine, tariff, month, monthBatch);
                h = timed(engine, tariff, hour, hourBatch);
            }
            out.printf(Locale.ROOT, "PAIR %.2f %.2f%n", (double) h / hourBatch, (double) m / monthBatch);
        }
        // printed, so the JIT cannot treat the quotes as dead code
        out.println("SINK " + sink);
        out.flush();
    }

    /** What the quotes of a fork add up to; printed at the end. */
    private static long sink;

    /** Nanoseconds taken by {@code n} quotes of {@code stay}. */
    private static long timed(FeeEngine engine, Tariff tariff, Stay stay, int n) {
        long start = System.nanoTime();
        sink += batch(engine, tariff, stay, n);
        return System.nanoTime() - start;
    }

    /** Quotes per {@link #BATCH_NANOS} for {@code stay}, from a timed trial of 1,000. */
    private static int batchSize(FeeEngine engine, Tariff tariff, Stay stay) {
        long per = Math.max(1, timed(engine, tariff, stay, 1000) / 1000);
        return (int) Math.max(100, BATCH_NANOS / per);
    }

    private static long batch(FeeEngine engine, Tariff tariff, Stay stay, int n) {
        long sum = 0;
        for (int i = 0; i < n; i++) {
            FeeQuote q = engine.quote(tariff, stay);
            sum += q.gross().fen() + q.lines().size();
        }
        return sum;
    }
}
