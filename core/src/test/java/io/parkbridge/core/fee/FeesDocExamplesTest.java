package io.parkbridge.core.fee;

import static io.parkbridge.core.fee.FeeFixtures.SH;
import static io.parkbridge.core.fee.FeeFixtures.at;
import static io.parkbridge.core.fee.FeeFixtures.y;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parkbridge.core.credential.ListEntry;
import io.parkbridge.core.credential.ListKind;
import io.parkbridge.core.credential.Pass;
import io.parkbridge.core.money.Money;
import io.parkbridge.core.plate.Plate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every worked example of docs/fees.md, in the same order and numbering. */
class FeesDocExamplesTest {
    final FeeEngine engine = new FeeEngine();

    /** Tariff A of docs/fees.md. */
    static final Tariff LOT_A = new Tariff("Lot A", SH, Duration.ofMinutes(15), false, Duration.ofMinutes(60),
            y("5.00"),
            List.of(TimeSegment.of("day", LocalTime.of(8, 0), LocalTime.of(20, 0), Duration.ofMinutes(30), y("1.00")),
                    new TimeSegment("night", LocalTime.of(20, 0), LocalTime.of(8, 0), Duration.ofMinutes(60),
                            y("1.00"), y("5.00"))),
            y("30.00"), CapWindow.CALENDAR_DAY, null, Duration.ofMinutes(15), Overtime.UNITS_ONLY,
            Map.of(VehicleClass.LARGE, ClassRule.pricePercent(200),
                    VehicleClass.NEW_ENERGY, ClassRule.freePeriod(Duration.ofHours(2))),
            new CouponPolicy(3, false));

    /** Tariff B of docs/fees.md. */
    static final Tariff LOT_B = Tariff.simple(Duration.ofMinutes(30), Duration.ZERO, Money.ZERO,
            Duration.ofMinutes(60), y("2.00"), null).withFreePeriod(Duration.ofMinutes(30), true)
            .withOverallCap(y("50.00"));

    /** Tariff C of docs/fees.md: Tariff.simple with a 24 h cap counted from entry. */
    static final Tariff LOT_C = Tariff.simple(Duration.ofMinutes(15), Duration.ofMinutes(60), y("5.00"),
            Duration.ofMinutes(30), y("1.00"), y("30.00"));

    FeeQuote quoteA(String entry, String exit) {
        return engine.quote(LOT_A, Stay.of(at(entry), at(exit)));
    }

    @Test
    void example1WithinFreePeriod() {
        FeeQuote q = quoteA("2026-03-02T10:00", "2026-03-02T10:10");
        assertThat(q.gross()).isEqualTo(Money.ZERO);
        assertThat(q.lines()).isEmpty();
    }

    @Test
    void example2FreePeriodExceededBilledFromEntry() {
        FeeQuote q = quoteA("2026-03-02T10:00", "2026-03-02T10:20");
        assertThat(q.gross()).isEqualTo(y("5.00"));
        assertThat(q.lines()).singleElement().satisfies(l -> {
            assertThat(l.rule()).isEqualTo("first period 60 min");
            assertThat(l.from()).isEqualTo(at("2026-03-02T10:00"));
            assertThat(l.to()).isEqualTo(at("2026-03-02T10:20"));
        });
    }

    @Test
    void example3FirstPeriodThenDayUnitsRoundedUp() {
        FeeQuote q = quoteA("2026-03-02T10:00", "2026-03-02T12:45");
        assertThat(q.gross()).isEqualTo(y("9.00"));
        assertThat(q.lines()).hasSize(2);
        FeeLine day = q.lines().get(1);
        assertThat(day.rule()).isEqualTo("day");
        assertThat(day.units()).isEqualTo(4);
        assertThat(day.subtotal()).isEqualTo(y("4.00"));
    }

    @Test
    void example4OvernightWithNightCapAcrossMidnight() {
        FeeQuote q = quoteA("2026-03-02T19:00", "2026-03-03T09:10");
        assertThat(q.gross()).isEqualTo(y("13.00"));
        assertThat(q.lines()).extracting(FeeLine::rule).containsExactly("first period 60 min", "night", "night", "day");
        assertThat(q.lines()).extracting(FeeLine::subtotal)
                .containsExactly(y("5.00"), y("4.00"), y("1.00"), y("3.00"));
        FeeLine afterMidnight = q.lines().get(2);
        assertThat(afterMidnight.units()).isEqualTo(8);
        assertThat(afterMidnight.capReduction()).isEqualTo(y("7.00"));
        assertThat(afterMidnight.capRule()).isEqualTo("night cap 5.00");
    }

    @Test
    void example5TwoDaysWithCalendarDayCap() {
        FeeQuote q = quoteA("2026-03-02T08:00", "2026-03-04T08:00");
        assertThat(q.gross()).isEqualTo(y("60.00"));
        // Monday 31.00 capped at 30.00: the reduction comes off Monday's last line
        FeeLine mondayNight = q.lines().get(2);
        assertThat(mondayNight.rule()).isEqualTo("night");
        assertThat(mondayNight.subtotal()).isEqualTo(y("3.00"));
        assertThat(mondayNight.capRule()).isEqualTo("daily cap 30.00 (day 2026-03-02)");
    }

    @Test
    void example6LargeVehiclePaysDouble() {
        FeeQuote q = engine.quote(LOT_A,
                Stay.of(at("2026-03-02T10:00"), at("2026-03-02T12:45"), VehicleClass.LARGE));
        assertThat(q.gross()).isEqualTo(y("18.00"));
    }

    @Test
    void example7NewEnergyTwoHoursFree() {
        assertThat(engine.quote(LOT_A, Stay.of(at("2026-03-02T10:00"), at("2026-03-02T11:50"),
                VehicleClass.NEW_ENERGY)).gross()).isEqualTo(Money.ZERO);
        assertThat(engine.quote(LOT_A, Stay.of(at("2026-03-02T10:00"), at("2026-03-02T12:45"),
                VehicleClass.NEW_ENERGY)).gross()).isEqualTo(y("9.00"));
    }

    @Test
    void example8GracePeriodThenOvertimeUnits() {
        Stay paid = Stay.of(at("2026-03-02T10:00"), at("2026-03-02T12:55"))
                .withPayment(y("9.00"), at("2026-03-02T12:45"));
        FeeQuote inGrace = engine.quote(LOT_A, paid);
        assertThat(inGrace.gross()).isEqualTo(y("9.00"));
        assertThat(inGrace.payable()).isEqualTo(Money.ZERO);

        FeeQuote late = engine.quote(LOT_A, paid.withExit(at("2026-03-02T13:10")));
        assertThat(late.gross()).isEqualTo(y("10.00"));
        assertThat(late.alreadyPaid()).isEqualTo(y("9.00"));
        assertThat(late.payable()).isEqualTo(y("1.00"));
        FeeLine overtime = late.lines().get(late.lines().size() - 1);
        assertThat(overtime.from()).isEqualTo(at("2026-03-02T12:45"));
        assertThat(overtime.units()).isEqualTo(1);
    }

    @Test
    void example9CouponsAmountThenLargestPercent() {
        Stay stay = Stay.of(at("2026-03-02T10:00"), at("2026-03-02T12:45")).withCoupons(List.of(
                new Coupon.PercentOff("P20", 20), new Coupon.AmountOff("A2", y("2.00")),
                new Coupon.PercentOff("P50", 50)));
        FeeQuote q = engine.quote(LOT_A, stay);
        assertThat(q.discounts()).extracting(AppliedDiscount::reference, AppliedDiscount::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A2", y("2.00")),
                        org.assertj.core.groups.Tuple.tuple("P50", y("3.50")));
        assertThat(q.payable()).isEqualTo(y("3.50"));
        assertThat(q.notes()).contains("coupon P20 not applied: only the largest percent-off applies");
    }

    @Test
    void example10MinutesOffShortensTheStay() {
        Stay stay = Stay.of(at("2026-03-02T10:00"), at("2026-03-02T12:45"))
                .withCoupons(List.of(new Coupon.MinutesOff("M60", 60)));
        FeeQuote q = engine.quote(LOT_A, stay);
        assertThat(q.discountTotal()).isEqualTo(y("2.00"));
        assertThat(q.payable()).isEqualTo(y("7.00"));
    }

    @Test
    void example11FreeOfChargeAndStackingLimit() {
        Stay stay = Stay.of(at("2026-03-02T10:00"), at("2026-03-02T12:45")).withCoupons(List.of(
                new Coupon.AmountOff("A1", y("1.00")), new Coupon.AmountOff("A1", y("1.00")),
                new Coupon.AmountOff("A2", y("1.00")), new Coupon.AmountOff("A3", y("1.00")),
                new Coupon.FreeOfCharge("FREE")));
        FeeQuote q = engine.quote(LOT_A, stay);
        // A1 twice counts once; A1, A2, A3 fill the limit of 3; FREE is the fourth and ignored
        assertThat(q.discountTotal()).isEqualTo(y("3.00"));
        assertThat(q.payable()).isEqualTo(y("6.00"));
        assertThat(q.notes()).contains("coupon FREE ignored: at most 3 coupons per stay");

        FeeQuote free = engine.quote(LOT_A, stay.withCoupons(List.of(new Coupon.FreeOfCharge("FREE"),
                new Coupon.AmountOff("A1", y("1.00")))));
        assertThat(free.discounts()).singleElement().satisfies(d -> assertThat(d.amount()).isEqualTo(y("9.00")));
        assertThat(free.payable()).isEqualTo(Money.ZERO);
    }

    @Test
    void example12PassExpiringMidStay() {
        Plate plate = Plate.parse("粤B12345");
        Pass pass = new Pass("M-2026-02", Set.of(plate), at("2026-02-01T00:00"), at("2026-03-02T12:00"), Set.of(),
                "Li Lei");
        Stay stay = Stay.of(at("2026-03-02T10:00"), at("2026-03-02T13:30")).withPlate(plate, null)
                .withPasses(List.of(pass));
        FeeQuote q = engine.quote(LOT_A, stay);
        assertThat(q.gross()).isEqualTo(y("10.00"));
        assertThat(q.discounts()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo("pass");
            assertThat(d.reference()).isEqualTo("M-2026-02");
            assertThat(d.amount()).isEqualTo(y("4.00"));
        });
        assertThat(q.payable()).isEqualTo(y("6.00"));
    }

    @Test
    void example13WhiteListedIsFreeBlackListedIsRefused() {
        Plate plate = Plate.parse("粤B12345");
        Stay stay = Stay.of(at("2026-03-02T10:00"), at("2026-03-02T13:30")).withPlate(plate, null);
        ListEntry white = new ListEntry(ListKind.WHITE, plate, "staff", at("2026-01-01T00:00"), Instant.MAX);
        assertThat(engine.quote(LOT_A, stay.withListEntries(List.of(white))).payable()).isEqualTo(Money.ZERO);

        ListEntry black = new ListEntry(ListKind.BLACK, plate, "unpaid fees", at("2026-01-01T00:00"), Instant.MAX);
        assertThatThrownBy(() -> engine.quote(LOT_A, stay.withListEntries(List.of(black))))
                .isInstanceOf(EntryRefusedException.class).hasMessageContaining("unpaid fees");
    }

    @Test
    void example14FreePeriodDeductedAndOverallCap() {
        assertThat(engine.quote(LOT_B, Stay.of(at("2026-03-02T10:00"), at("2026-03-02T11:31"))).gross())
                .isEqualTo(y("4.00"));
        assertThat(engine.quote(LOT_B, Stay.of(at("2026-03-02T10:00"), at("2026-03-07T10:00"))).gross())
                .isEqualTo(y("50.00"));
    }

    @Test
    void example15RollingTwentyFourHourCap() {
        assertThat(engine.quote(LOT_C, Stay.of(at("2026-03-02T10:00"), at("2026-03-03T10:00"))).gross())
                .isEqualTo(y("30.00"));
        assertThat(engine.quote(LOT_C, Stay.of(at("2026-03-02T10:00"), at("2026-03-03T10:01"))).gross())
                .isEqualTo(y("31.00"));
    }

    @Test
    void example16AlreadyPaidAndVendorProfitDeducted() {
        Stay stay = Stay.of(at("2026-03-02T10:00"), at("2026-03-02T12:45")).withPayment(y("3.00"), null)
                .withAlreadyDiscounted(y("2.00"));
        FeeQuote q = engine.quote(LOT_A, stay);
        assertThat(q.gross()).isEqualTo(y("9.00"));
        assertThat(q.payable()).isEqualTo(y("4.00"));
    }
}
