package io.parkbridge.core.fee;

import static io.parkbridge.core.fee.FeeFixtures.at;
import static io.parkbridge.core.fee.FeeFixtures.y;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Long stays: full days that bill alike are priced once and repeated. The engine that does so
 * must agree with the one that itemises every day (totals, and line by line once repeated lines
 * are expanded) and with the per-minute reference.
 */
class RepeatedDaysTest {

    private static final long DAY = 86_400L;

    private final FeeEngine engine = new FeeEngine();
    private final FeeEngine itemised = new FeeEngine(false);
    private final ReferenceCalculator reference = new ReferenceCalculator();

    /** Random tariffs, stays of days to months, zones with and without daylight saving. */
    @Test
    void agreesWithTheItemisingEngine() {
        Random r = new Random(20261126L);
        List<ZoneId> zones = List.of(ZoneId.of("Asia/Shanghai"), ZoneId.of("Asia/Kathmandu"),
                ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"), ZoneId.of("Australia/Lord_Howe"));
        int repeatedSeen = 0;
        for (int i = 0; i < 1500; i++) {
            Tariff t = FeeEngineRandomizedTest.randomTariff(r).withZone(zones.get(r.nextInt(zones.size())));
            Stay stay = FeeEngineRandomizedTest.randomStay(r, RepeatedDaysTest::longLength);
            FeeQuote expected;
            try {
                expected = itemised.quote(t, stay);
            } catch (EntryRefusedException refused) {
                continue;
            }
            FeeQuote q = engine.quote(t, stay);
            String context = "case " + i + "\n tariff " + t + "\n stay " + stay + "\n quote " + q;
            assertThat(q.gross()).as("gross: " + context).isEqualTo(expected.gross());
            assertThat(q.discounts()).as("discounts: " + context).isEqualTo(expected.discounts());
            assertThat(q.payable()).as("payable: " + context).isEqualTo(expected.payable());
            assertThat(q.notes()).as("notes: " + context).isEqualTo(expected.notes());
            assertLinesWellFormed(q, context);
            if (q.lines().stream().noneMatch(l -> l.capRule().contains("overall cap"))) {
                // the overall cap takes from the last lines, which differ once days are joined
                assertThat(expand(q.lines())).as("lines expanded: " + context)
                        .containsExactlyInAnyOrderElementsOf(expand(expected.lines()));
            }
            if (q.lines().stream().anyMatch(l -> l.repeats() > 1)) {
                repeatedSeen++;
            }
        }
        assertThat(repeatedSeen).as("cases where days were repeated").isGreaterThan(500);
    }

    /** Stays of up to two months against the per-minute reference (daylight-saving-free zones). */
    @Test
    void agreesWithThePerMinuteReference() {
        Random r = new Random(424242L);
        for (int i = 0; i < 150; i++) {
            Tariff t = FeeEngineRandomizedTest.randomTariff(r);
            Stay stay = FeeEngineRandomizedTest.randomStay(r, x -> 5 * DAY + x.nextInt(55 * 86_400));
            ReferenceCalculator.Result expected;
            try {
                expected = reference.quote(t, stay);
            } catch (EntryRefusedException refused) {
                continue;
            }
            FeeQuote q = engine.quote(t, stay);
            String context = "case " + i + "\n tariff " + t + "\n stay " + stay + "\n quote " + q;
            assertThat(q.gross().fen()).as("gross: " + context).isEqualTo(expected.gross());
            assertThat(q.discountTotal().fen()).as("discounts: " + context).isEqualTo(expected.discounts());
            assertThat(q.payable().fen()).as("payable: " + context).isEqualTo(expected.payable());
        }
    }

    @Test
    void aMonthUnderARollingCapIsAFewLines() {
        Tariff simple = Tariff.simple(Duration.ofMinutes(15), Duration.ofMinutes(60), y("5.00"),
                Duration.ofMinutes(30), y("1.00"), y("30.00"));
        FeeQuote q = engine.quote(simple, Stay.of(at("2026-01-05T10:00"), at("2026-02-04T12:00")));
        // 30 windows of 24 h each capped at 30.00, then 2 h = 4 units
        assertThat(q.gross()).isEqualTo(y("904.00"));
        assertThat(q.lines()).hasSizeLessThanOrEqualTo(4);
        FeeLine repeated = q.lines().stream().filter(l -> l.repeats() > 1).findFirst().orElseThrow();
        assertThat(repeated.capRule()).isEqualTo("daily cap 30.00 (each 24 h)");
        assertThat(repeated.from()).isEqualTo(at("2026-01-06T10:00"));
        assertThat(repeated.subtotal()).isEqualTo(y("30.00").times(repeated.repeats()));
    }

    @Test
    void daysAroundAChangeOfOffsetAreBilledOneByOne() {
        Tariff t = FeesDocExamplesTest.LOT_A.withZone(ZoneId.of("Europe/Berlin"));
        Stay stay = Stay.of(Instant.parse("2026-03-01T09:00:00Z"), Instant.parse("2026-04-30T09:00:00Z"));
        FeeQuote q = engine.quote(t, stay);
        assertThat(q.gross()).isEqualTo(itemised.quote(t, stay).gross());
        assertThat(q.lines().size()).isLessThan(40);
        // Berlin moved its clocks on 29 March: no repeated line spans that day
        Instant change = Instant.parse("2026-03-29T01:00:00Z");
        for (FeeLine l : q.lines()) {
            if (l.repeats() > 1) {
                assertThat(l.from().isAfter(change) || l.to().isBefore(change)).as(l.toString()).isTrue();
            }
        }
    }

    @Test
    void withoutADailyCapEachSegmentRunRepeats() {
        Tariff t = Tariff.dayNight(Duration.ZERO, LocalTime.of(7, 30), LocalTime.of(22, 0), Duration.ofMinutes(60),
                y("2.00"), Duration.ofMinutes(120), y("1.00"), y("3.00"), null);
        Stay stay = Stay.of(at("2026-05-01T12:00"), at("2026-05-21T12:00"));
        FeeQuote q = engine.quote(t, stay);
        assertThat(q.gross()).isEqualTo(itemised.quote(t, stay).gross());
        assertThat(q.lines()).hasSizeLessThanOrEqualTo(5);
    }

    private static long longLength(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> DAY * (2 + r.nextInt(10)) + r.nextInt(121) - 60; // about whole days
            case 1 -> r.nextInt(14 * 86_400);
            default -> DAY * 10 + r.nextInt(80 * 86_400); // months
        };
    }

    private static void assertLinesWellFormed(FeeQuote q, String context) {
        long sum = 0;
        for (FeeLine l : q.lines()) {
            assertThat(l.repeats()).as(context).isPositive();
            assertThat(l.units() % l.repeats()).as("units per day: " + l + context).isZero();
            assertThat(l.subtotal().fen() + l.capReduction().fen()).as(l + context)
                    .isEqualTo(l.units() * l.unitPrice().fen());
            assertThat(l.from()).as(l + context).isBeforeOrEqualTo(l.to());
            sum += l.subtotal().fen();
        }
        assertThat(sum).as("lines add up: " + context).isEqualTo(q.gross().fen());
    }

    /** One entry per day a line stands for; the daily cap's label names the day only on single lines. */
    private static List<String> expand(List<FeeLine> lines) {
        List<String> out = new ArrayList<>();
        for (FeeLine l : lines) {
            int n = l.repeats();
            String cap = l.capRule().replaceAll(" \\((day|24 h from|each)[^)]*\\)", "");
            for (int k = 0; k < n; k++) {
                out.add(l.rule() + " " + l.from().plusSeconds(k * DAY) + " units " + l.units() / n + " subtotal "
                        + l.subtotal().fen() / n + " cap " + l.capReduction().fen() / n + " " + cap);
            }
        }
        return out;
    }
}
