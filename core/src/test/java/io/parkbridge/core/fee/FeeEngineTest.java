package io.parkbridge.core.fee;

import static io.parkbridge.core.fee.FeeFixtures.SH;
import static io.parkbridge.core.fee.FeeFixtures.at;
import static io.parkbridge.core.fee.FeeFixtures.y;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parkbridge.core.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeeEngineTest {
    final FeeEngine engine = new FeeEngine();

    /** 15 min free, first hour 5.00, then every 30 min 1.00, at most 30.00 per 24 h. */
    static final Tariff SIMPLE = Tariff.simple(Duration.ofMinutes(15), Duration.ofMinutes(60), y("5.00"),
            Duration.ofMinutes(30), y("1.00"), y("30.00"));

    Money gross(Tariff t, String entry, String exit) {
        return engine.quote(t, Stay.of(at(entry), at(exit))).gross();
    }

    @Test
    void simpleTariffFirstPeriodUnitsAndCap() {
        assertThat(gross(SIMPLE, "2026-01-05T10:00", "2026-01-05T10:00")).isEqualTo(Money.ZERO);
        assertThat(gross(SIMPLE, "2026-01-05T10:00", "2026-01-05T10:15")).isEqualTo(Money.ZERO);
        assertThat(gross(SIMPLE, "2026-01-05T10:00", "2026-01-05T10:16")).isEqualTo(y("5.00"));
        assertThat(gross(SIMPLE, "2026-01-05T10:00", "2026-01-05T11:00")).isEqualTo(y("5.00"));
        assertThat(gross(SIMPLE, "2026-01-05T10:00", "2026-01-05T11:01")).isEqualTo(y("6.00"));
        assertThat(gross(SIMPLE, "2026-01-05T10:00", "2026-01-05T12:30")).isEqualTo(y("8.00"));
        // 24 h: 5 + 46 units = 51 -> capped at 30
        assertThat(gross(SIMPLE, "2026-01-05T10:00", "2026-01-06T10:00")).isEqualTo(y("30.00"));
        // 24 h + 1 min: second window starts, one unit
        assertThat(gross(SIMPLE, "2026-01-05T10:00", "2026-01-06T10:01")).isEqualTo(y("31.00"));
        // 3 days exactly: 3 x 30
        assertThat(gross(SIMPLE, "2026-01-05T10:00", "2026-01-08T10:00")).isEqualTo(y("90.00"));
    }

    @Test
    void startedSecondCountsAsMinute() {
        Instant entry = at("2026-01-05T10:00");
        FeeQuote q = engine.quote(SIMPLE, Stay.of(entry, entry.plusSeconds(60 * 60 + 1)));
        assertThat(q.gross()).isEqualTo(y("6.00"));
    }

    @Test
    void exitBeforeEntryIsRejected() {
        assertThatThrownBy(() -> Stay.of(at("2026-01-05T10:00"), at("2026-01-05T09:59")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exit");
    }

    @Test
    void linesAddUpToGross() {
        FeeQuote q = engine.quote(SIMPLE, Stay.of(at("2026-01-05T10:00"), at("2026-01-07T11:00")));
        long sum = q.lines().stream().mapToLong(l -> l.subtotal().fen()).sum();
        assertThat(Money.ofFen(sum)).isEqualTo(q.gross());
        assertThat(q.gross()).isEqualTo(y("62.00"));
        assertThat(q.payable()).isEqualTo(q.gross());
    }

    static final Tariff DAY_NIGHT = Tariff.dayNight(Duration.ofMinutes(15), java.time.LocalTime.of(8, 0),
            java.time.LocalTime.of(20, 0), Duration.ofMinutes(30), y("1.00"), Duration.ofMinutes(60), y("1.00"),
            y("5.00"), y("30.00"));

    @Test
    void workGrowsWithDaysNotMinutes() {
        FeeQuote month = engine.quote(DAY_NIGHT, Stay.of(at("2026-03-01T10:00"), at("2026-03-31T10:00")));
        // first day: day 10:00-20:00; then every day alike: night 00-08, day 08-20, night 20-24 (the
        // first evening and the last morning join those); last day: day 08:00-10:00
        assertThat(month.lines()).extracting(FeeLine::rule, FeeLine::repeats).containsExactly(
                org.assertj.core.groups.Tuple.tuple("day", 1), org.assertj.core.groups.Tuple.tuple("night", 30),
                org.assertj.core.groups.Tuple.tuple("day", 29), org.assertj.core.groups.Tuple.tuple("night", 30),
                org.assertj.core.groups.Tuple.tuple("day", 1));
        assertThat(month.gross()).isEqualTo(new FeeEngine(false).quote(DAY_NIGHT,
                Stay.of(at("2026-03-01T10:00"), at("2026-03-31T10:00"))).gross());
        FeeQuote longest = engine.quote(DAY_NIGHT, Stay.of(at("2026-03-01T10:00"),
                at("2026-03-01T10:00").plus(FeeEngine.MAX_STAY)));
        assertThat(longest.lines()).hasSizeLessThanOrEqualTo(6);
        // first day 10:00-24:00 = 20 + 4; each full day 1 (rest of the night cap) + 24 + 4; last day 1 + 4
        assertThat(longest.gross()).isEqualTo(y("24.00").plus(y("29.00").times(3659)).plus(y("5.00")));
    }

    /** The engine keeps the last tariff's cap texts; another tariff must get its own. */
    @Test
    void capTextsFollowTheTariffQuoted() {
        Tariff other = Tariff.dayNight(Duration.ofMinutes(15), java.time.LocalTime.of(8, 0),
                java.time.LocalTime.of(20, 0), Duration.ofMinutes(30), y("1.00"), Duration.ofMinutes(60), y("1.00"),
                y("7.00"), y("30.00"));
        Stay night = Stay.of(at("2026-03-01T20:00"), at("2026-03-02T08:00"));
        for (int i = 0; i < 3; i++) {
            assertThat(engine.quote(DAY_NIGHT, night).lines()).extracting(FeeLine::capRule).contains("night cap 5.00");
            assertThat(engine.quote(other, night).lines()).extracting(FeeLine::capRule).contains("night cap 7.00")
                    .doesNotContain("night cap 5.00");
        }
    }

    /** Lines keep the entry's fraction of a second at every boundary, and the last one ends at the exit. */
    @Test
    void lineBoundariesKeepTheEntrysFractionOfASecond() {
        Instant entry = at("2026-03-01T19:00").plusMillis(250);
        for (Instant exit : new Instant[] {entry.plus(Duration.ofHours(2)), entry.plus(Duration.ofHours(2)).minusMillis(100),
                entry.plus(Duration.ofHours(2)).plusMillis(100), entry.plus(Duration.ofHours(2)).minusSeconds(30)}) {
            List<FeeLine> lines = engine.quote(DAY_NIGHT, Stay.of(entry, exit)).lines();
            assertThat(lines).as("exit " + exit).hasSizeGreaterThanOrEqualTo(2);
            assertThat(lines.get(0).from()).isEqualTo(entry);
            assertThat(lines.get(1).from()).isEqualTo(lines.get(0).to()).isEqualTo(at("2026-03-01T20:00").plusMillis(250));
            // the last started minute is billed whole, but the line ends when the stay does
            assertThat(lines.get(lines.size() - 1).to()).as("exit " + exit).isEqualTo(exit);
        }
    }

    @Test
    void staysLongerThanTheMaximumAreRejected() {
        Instant entry = at("2026-03-01T10:00");
        assertThatThrownBy(() -> engine.quote(SIMPLE, Stay.of(entry, entry.plus(FeeEngine.MAX_STAY).plusSeconds(1))))
                .hasMessageContaining("at most 3660 days");
        // to the nanosecond, whatever the entry's fraction of a second
        Instant fractional = entry.plusNanos(999_999_999);
        assertThat(engine.quote(SIMPLE, Stay.of(fractional, fractional.plus(FeeEngine.MAX_STAY))).gross().isPositive())
                .isTrue();
        assertThatThrownBy(() -> engine.quote(SIMPLE, Stay.of(entry, entry.plus(FeeEngine.MAX_STAY).plusNanos(1))))
                .hasMessageContaining("at most 3660 days");
        assertThatThrownBy(() -> engine.quote(SIMPLE, Stay.of(fractional,
                fractional.plus(FeeEngine.MAX_STAY).plusNanos(1)))).hasMessageContaining("at most 3660 days");
    }

    @Test
    void quoteNowUsesTheInjectedClock() {
        java.time.Clock clock = java.time.Clock.fixed(at("2026-01-05T12:30"), SH);
        FeeQuote q = engine.quoteNow(SIMPLE, Stay.of(at("2026-01-05T10:00"), at("2026-01-05T10:00")), clock);
        assertThat(q.exit()).isEqualTo(at("2026-01-05T12:30"));
        assertThat(q.gross()).isEqualTo(y("8.00"));
    }

    @Test
    void overtimeRules() {
        Stay stay = Stay.of(at("2026-01-05T10:00"), at("2026-01-05T13:00"))
                .withPayment(y("6.00"), at("2026-01-05T11:30"));
        // paid 6.00 for 10:00-11:30; grace 15 min ended 11:45; left 13:00
        Tariff units = SIMPLE.withGrace(Duration.ofMinutes(15), Overtime.UNITS_ONLY);
        assertThat(engine.quote(units, stay).payable()).isEqualTo(y("3.00")); // 11:30-13:00 = 3 units
        Tariff newStay = SIMPLE.withGrace(Duration.ofMinutes(15), Overtime.NEW_STAY);
        assertThat(engine.quote(newStay, stay).payable()).isEqualTo(y("6.00")); // first hour 5.00 + 1 unit
        Tariff cont = SIMPLE.withGrace(Duration.ofMinutes(15), Overtime.CONTINUE);
        assertThat(engine.quote(cont, stay).gross()).isEqualTo(y("9.00")); // 10:00-13:00 from entry
        assertThat(engine.quote(cont, stay).payable()).isEqualTo(y("3.00"));
    }

    @Test
    void passStartingMidStayBillsTheTimeBefore() {
        io.parkbridge.core.plate.Plate plate = io.parkbridge.core.plate.Plate.parse("粤B12345");
        io.parkbridge.core.credential.Pass pass = new io.parkbridge.core.credential.Pass("P", java.util.Set.of(plate),
                at("2026-01-05T12:00"), at("2026-02-05T12:00"), java.util.Set.of(), "");
        Stay stay = Stay.of(at("2026-01-05T10:00"), at("2026-01-05T18:00")).withPlate(plate, "A")
                .withPasses(java.util.List.of(pass));
        FeeQuote q = engine.quote(SIMPLE, stay);
        assertThat(q.payable()).isEqualTo(y("7.00")); // 10:00-12:00: 5.00 + 2 units
        // an unlicensed vehicle never matches a pass, even one issued to the marker
        io.parkbridge.core.credential.Pass bogus = new io.parkbridge.core.credential.Pass("X",
                java.util.Set.of(io.parkbridge.core.plate.Plate.unlicensed()), at("2026-01-01T00:00"),
                at("2027-01-01T00:00"), java.util.Set.of(), "");
        Stay unlicensed = Stay.of(at("2026-01-05T10:00"), at("2026-01-05T12:00"))
                .withPlate(io.parkbridge.core.plate.Plate.unlicensed(), null).withPasses(java.util.List.of(bogus));
        assertThat(engine.quote(SIMPLE, unlicensed).payable()).isEqualTo(y("7.00"));
    }

    @Test
    void percentCouponsStackWhenAllowed() {
        Stay stay = Stay.of(at("2026-01-05T10:00"), at("2026-01-05T12:30")).withCoupons(java.util.List.of(
                new Coupon.PercentOff("A", 50), new Coupon.PercentOff("B", 50)));
        assertThat(engine.quote(SIMPLE, stay).payable()).isEqualTo(y("4.00"));
        Tariff stacking = SIMPLE.withCouponPolicy(new CouponPolicy(5, true));
        assertThat(engine.quote(stacking, stay).payable()).isEqualTo(y("2.00"));
        // 1 fen at 50 %: half a fen rounds up, the driver pays nothing
        Stay tiny = stay.withCoupons(java.util.List.of(new Coupon.AmountOff("X", y("7.99")),
                new Coupon.PercentOff("A", 50)));
        assertThat(engine.quote(SIMPLE, tiny).payable()).isEqualTo(Money.ZERO);
    }

    @Test
    void hugeMinutesOffDoNotOverflow() {
        Stay stay = Stay.of(at("2026-01-05T10:00"), at("2026-01-05T12:30")).withCoupons(java.util.List.of(
                new Coupon.MinutesOff("A", Long.MAX_VALUE), new Coupon.MinutesOff("B", Long.MAX_VALUE)));
        assertThat(engine.quote(SIMPLE, stay).payable()).isEqualTo(Money.ZERO);
    }
}
