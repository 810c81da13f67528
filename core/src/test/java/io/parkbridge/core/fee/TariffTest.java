package io.parkbridge.core.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parkbridge.core.money.Money;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TariffTest {
    static final Money ONE = Money.parseYuan("1.00");
    static final Duration M30 = Duration.ofMinutes(30);

    static TimeSegment seg(String name, int fromHour, int toHour) {
        return TimeSegment.of(name, LocalTime.of(fromHour, 0), LocalTime.of(toHour, 0), M30, ONE);
    }

    static Tariff base() {
        return Tariff.simple(Duration.ofMinutes(15), Duration.ofMinutes(60), Money.parseYuan("5.00"), M30, ONE,
                Money.parseYuan("30.00"));
    }

    @Test
    void simpleFactoryIsOneWholeDayBand() {
        Tariff t = base();
        assertThat(t.zone()).isEqualTo(Tariff.DEFAULT_ZONE);
        assertThat(t.segments()).singleElement().satisfies(s -> assertThat(s.wholeDay()).isTrue());
        assertThat(t.capWindow()).isEqualTo(CapWindow.ROLLING_24H);
        assertThat(t.gracePeriod()).isEqualTo(Duration.ofMinutes(15));
        assertThat(Tariff.simple(Duration.ZERO, Duration.ZERO, Money.ZERO, M30, ONE, null).dailyCap()).isNull();
    }

    @Test
    void segmentsMustCoverTheDayExactlyOnce() {
        assertThatThrownBy(() -> base().withSegments(List.of()))
                .hasMessageContaining("segments: expected at least one");
        assertThatThrownBy(() -> base().withSegments(List.of(seg("day", 8, 20))))
                .hasMessageContaining("a single segment must cover the whole day");
        assertThatThrownBy(() -> base().withSegments(List.of(seg("day", 8, 20), seg("night", 21, 8))))
                .hasMessageContaining("day ends 20:00 but the next segment night starts 21:00");
        assertThatThrownBy(() -> base().withSegments(List.of(seg("a", 8, 20), seg("b", 20, 8), seg("c", 0, 0))))
                .hasMessageContaining("cannot be combined");
        assertThatThrownBy(() -> base().withSegments(List.of(seg("a", 8, 20), seg("b", 20, 8), seg("c", 8, 20))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> base().withSegments(List.of(new TimeSegment("all", LocalTime.MIDNIGHT,
                LocalTime.MIDNIGHT, M30, ONE, ONE)))).hasMessageContaining("use dailyCap");
        // order does not matter; crossing midnight is fine
        Tariff t = base().withSegments(List.of(seg("night", 20, 8), seg("day", 8, 20)));
        assertThat(t.segments()).hasSize(2);
    }

    @Test
    void fieldsAreValidatedWithTheirNames() {
        assertThatThrownBy(() -> base().withFreePeriod(Duration.ofMinutes(-1), false))
                .hasMessageStartingWith("freePeriod: expected zero or more whole minutes");
        assertThatThrownBy(() -> base().withFreePeriod(Duration.ofSeconds(90), false))
                .hasMessageStartingWith("freePeriod");
        assertThatThrownBy(() -> TimeSegment.of("day", LocalTime.of(8, 0), LocalTime.of(20, 0), Duration.ZERO, ONE))
                .hasMessageStartingWith("segment day unit: expected more than zero");
        assertThatThrownBy(() -> TimeSegment.of("day", LocalTime.of(8, 0, 30), LocalTime.of(20, 0), M30, ONE))
                .hasMessageContaining("whole minutes");
        assertThatThrownBy(() -> TimeSegment.of("day", LocalTime.of(8, 0), LocalTime.of(20, 0), M30,
                Money.ofFen(-1))).hasMessageStartingWith("segment day unitPrice: expected zero or more");
        assertThatThrownBy(() -> base().withDailyCap(Money.ofFen(-1), CapWindow.CALENDAR_DAY))
                .hasMessageStartingWith("dailyCap");
        assertThatThrownBy(() -> base().withOverallCap(Money.ofFen(-1))).hasMessageStartingWith("overallCap");
        assertThatThrownBy(() -> base().withFirstPeriod(M30, Money.ofFen(-1)))
                .hasMessageStartingWith("firstPeriodPrice");
        assertThatThrownBy(() -> base().withGrace(Duration.ofMinutes(-5), Overtime.CONTINUE))
                .hasMessageStartingWith("gracePeriod");
        assertThatThrownBy(() -> new CouponPolicy(0, false)).hasMessageStartingWith("maxCoupons");
        assertThatThrownBy(() -> new ClassRule(base(), Duration.ZERO, 100)).hasMessageStartingWith("ownTariff");
        assertThatThrownBy(() -> ClassRule.pricePercent(-1)).hasMessageStartingWith("pricePercent");
    }

    @Test
    void classRulesModifyOrReplace() {
        Tariff own = Tariff.simple(Duration.ZERO, Duration.ZERO, Money.ZERO, Duration.ofMinutes(60),
                Money.parseYuan("0.50"), null).withName("motorcycles");
        Tariff t = base().withClassRule(VehicleClass.LARGE, ClassRule.pricePercent(150))
                .withClassRule(VehicleClass.MOTORCYCLE, ClassRule.own(own))
                .withClassRule(VehicleClass.NEW_ENERGY, ClassRule.freePeriod(Duration.ofHours(2)));
        Tariff large = t.forClass(VehicleClass.LARGE);
        assertThat(large.firstPeriodPrice()).isEqualTo(Money.parseYuan("7.50"));
        assertThat(large.segments().get(0).unitPrice()).isEqualTo(Money.parseYuan("1.50"));
        assertThat(large.dailyCap()).isEqualTo(Money.parseYuan("45.00"));
        assertThat(large.freePeriod()).isEqualTo(Duration.ofMinutes(15));
        assertThat(t.forClass(VehicleClass.MOTORCYCLE)).isSameAs(own);
        assertThat(t.forClass(VehicleClass.NEW_ENERGY).freePeriod()).isEqualTo(Duration.ofHours(2));
        assertThat(t.forClass(VehicleClass.NEW_ENERGY).firstPeriodPrice()).isEqualTo(Money.parseYuan("5.00"));
        assertThat(t.forClass(VehicleClass.SMALL)).isSameAs(t);
        // percentages round half up to the fen: 1.01 x 150 % = 1.515 -> 1.52
        Tariff odd = Tariff.simple(Duration.ZERO, Duration.ZERO, Money.ZERO, M30, Money.parseYuan("1.01"), null)
                .withClassRule(VehicleClass.LARGE, ClassRule.pricePercent(150));
        assertThat(odd.forClass(VehicleClass.LARGE).segments().get(0).unitPrice()).isEqualTo(Money.parseYuan("1.52"));
    }

    @Test
    void vehicleClassFromPlate() {
        assertThat(VehicleClass.fromPlate(io.parkbridge.core.plate.Plate.parse("粤BD12345")))
                .isEqualTo(VehicleClass.NEW_ENERGY);
        assertThat(VehicleClass.fromPlate(io.parkbridge.core.plate.Plate.parse("粤B12345",
                io.parkbridge.core.plate.PlateColor.YELLOW))).isEqualTo(VehicleClass.LARGE);
        assertThat(VehicleClass.fromPlate(io.parkbridge.core.plate.Plate.parse("粤B12345")))
                .isEqualTo(VehicleClass.SMALL);
    }

    @Test
    void aSegmentContainsItsStartNotItsEndAcrossMidnightAndToTheNanosecond() {
        TimeSegment night = TimeSegment.of("night", LocalTime.of(20, 0), LocalTime.of(8, 0), Duration.ofMinutes(60),
                Money.ofFen(100));
        assertThat(night.contains(LocalTime.of(20, 0))).isTrue();
        assertThat(night.contains(LocalTime.of(19, 59, 59, 999_999_999))).isFalse();
        assertThat(night.contains(LocalTime.MIDNIGHT)).isTrue();
        assertThat(night.contains(LocalTime.of(7, 59, 59, 999_999_999))).isTrue();
        assertThat(night.contains(LocalTime.of(8, 0))).isFalse();
        TimeSegment day = TimeSegment.of("day", LocalTime.of(8, 0), LocalTime.of(20, 0), Duration.ofMinutes(30),
                Money.ofFen(100));
        assertThat(day.contains(LocalTime.of(8, 0))).isTrue();
        assertThat(day.contains(LocalTime.of(20, 0))).isFalse();
        assertThat(day.contains(LocalTime.of(7, 59, 59, 1))).isFalse();
        TimeSegment all = TimeSegment.of("all", LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, Duration.ofMinutes(30),
                Money.ofFen(100));
        assertThat(all.contains(LocalTime.of(13, 37))).isTrue();
    }
}
