package io.parkbridge.core.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parkbridge.core.credential.ListEntry;
import io.parkbridge.core.credential.ListKind;
import io.parkbridge.core.credential.Pass;
import io.parkbridge.core.money.Money;
import io.parkbridge.core.plate.Plate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Seeded random tariffs x stays: the engine and the per-minute reference must agree to the fen.
 * A failure prints the seed, tariff and stay so it can be replayed.
 */
class FeeEngineRandomizedTest {

    /** DST-free zones, including odd offsets, so local midnight is never a whole UTC hour. */
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Asia/Shanghai"), ZoneId.of("UTC"),
            ZoneId.of("Asia/Kolkata"), ZoneId.of("Asia/Kathmandu"), ZoneId.of("+08:00"), ZoneId.of("-03:30"));

    private static final Plate PLATE = Plate.parse("粤B12345");

    private final FeeEngine engine = new FeeEngine();
    private final ReferenceCalculator reference = new ReferenceCalculator();

    @Test
    void engineAgreesWithPerMinuteReference() {
        long seed = 20261125L;
        Random r = new Random(seed);
        int compared = 0;
        for (int i = 0; i < 2000; i++) {
            Tariff t = randomTariff(r);
            for (int j = 0; j < 4; j++) {
                Stay stay = randomStay(r, t);
                compare(seed, i, t, stay);
                compared++;
            }
        }
        assertThat(compared).isEqualTo(8_000);
    }

    @Test
    void plainStaysWithoutExtras() {
        Random r = new Random(7L);
        for (int i = 0; i < 1500; i++) {
            Tariff t = randomTariff(r);
            Instant entry = randomInstant(r);
            Instant exit = entry.plusSeconds(randomLengthSeconds(r));
            compare(7L, i, t, Stay.of(entry, exit));
        }
    }

    /**
     * Zones with daylight saving are outside the exact comparison (a repeated local hour has no
     * single segment), but quotes across the transitions must still be sane: they finish, their
     * lines add up, and they agree with the reference on stays that avoid the transition days.
     */
    @Test
    void daylightSavingZonesStaySane() {
        Random r = new Random(23L);
        for (ZoneId zone : List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"))) {
            for (int i = 0; i < 300; i++) {
                Tariff t = randomTariff(r).withZone(zone);
                Instant transition = zone.getRules().nextTransition(Instant.parse("2026-01-01T00:00:00Z"))
                        .getInstant();
                Instant entry = transition.minusSeconds(r.nextInt(3 * 86_400));
                Instant exit = entry.plusSeconds(r.nextInt(4 * 86_400));
                FeeQuote q = engine.quote(t, Stay.of(entry, exit));
                long lineSum = q.lines().stream().mapToLong(l -> l.subtotal().fen()).sum();
                assertThat(lineSum).isEqualTo(q.gross().fen());
                assertThat(q.lines().size()).isLessThan(100);
                Instant summer = Instant.parse("2026-07-01T00:00:00Z").plusSeconds(r.nextInt(30 * 86_400));
                compare(23L, i, t, Stay.of(summer, summer.plusSeconds(r.nextInt(5 * 86_400))));
            }
        }
    }

    @Test
    void exitBeforeEntryIsAnErrorForBoth() {
        Random r = new Random(11L);
        for (int i = 0; i < 100; i++) {
            Instant entry = randomInstant(r);
            Instant exit = entry.minusSeconds(1 + r.nextInt(100_000));
            assertThatThrownBy(() -> Stay.of(entry, exit)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("exit: expected at or after entry");
        }
    }

    private void compare(long seed, int i, Tariff t, Stay stay) {
        ReferenceCalculator.Result expected;
        try {
            expected = reference.quote(t, stay);
        } catch (EntryRefusedException refused) {
            assertThatThrownBy(() -> engine.quote(t, stay)).isInstanceOf(EntryRefusedException.class);
            return;
        }
        FeeQuote q = engine.quote(t, stay);
        String context = "seed " + seed + " case " + i + "\n tariff " + t + "\n stay " + stay + "\n quote " + q;
        assertThat(q.gross().fen()).as("gross: " + context).isEqualTo(expected.gross());
        assertThat(q.discountTotal().fen()).as("discounts: " + context).isEqualTo(expected.discounts());
        assertThat(q.payable().fen()).as("payable: " + context).isEqualTo(expected.payable());
        long lineSum = q.lines().stream().mapToLong(l -> l.subtotal().fen()).sum();
        assertThat(lineSum).as("lines add up: " + context).isEqualTo(q.gross().fen());
        for (FeeLine l : q.lines()) {
            assertThat(l.subtotal().fen() + l.capReduction().fen()).as("line " + l + " " + context)
                    .isEqualTo(l.units() * l.unitPrice().fen());
            assertThat(l.subtotal().isNegative()).isFalse();
        }
    }

    static Tariff randomTariff(Random r) {
        ZoneId zone = ZONES.get(r.nextInt(ZONES.size()));
        Duration free = Duration.ofMinutes(pick(r, 0, 0, 5, 15, 30, r.nextInt(180)));
        Duration first = Duration.ofMinutes(pick(r, 0, 0, 30, 60, 120, 1 + r.nextInt(300)));
        Money firstPrice = Money.ofFen(r.nextInt(1000));
        List<TimeSegment> segments = randomSegments(r);
        Money dailyCap = r.nextInt(3) == 0 ? null : Money.ofFen(r.nextInt(8000));
        CapWindow window = r.nextBoolean() ? CapWindow.ROLLING_24H : CapWindow.CALENDAR_DAY;
        Money overallCap = r.nextInt(5) == 0 ? Money.ofFen(r.nextInt(30000)) : null;
        Duration grace = Duration.ofMinutes(pick(r, 0, 10, 15, 30));
        Overtime overtime = Overtime.values()[r.nextInt(3)];
        Tariff t = new Tariff("random", zone, free, r.nextBoolean(), first, firstPrice, segments, dailyCap, window,
                overallCap, grace, overtime, Map.of(), new CouponPolicy(1 + r.nextInt(4), r.nextBoolean()));
        if (r.nextInt(4) == 0) {
            t = t.withClassRule(VehicleClass.LARGE, ClassRule.pricePercent(50 + r.nextInt(200)));
            t = t.withClassRule(VehicleClass.NEW_ENERGY, ClassRule.freePeriod(Duration.ofMinutes(r.nextInt(240))));
        }
        return t;
    }

    private static List<TimeSegment> randomSegments(Random r) {
        int n = 1 + r.nextInt(4);
        if (n == 1) {
            return List.of(TimeSegment.of("all day", LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, randomUnit(r),
                    Money.ofFen(r.nextInt(500))));
        }
        TreeSet<Integer> starts = new TreeSet<>();
        while (starts.size() < n) {
            // sometimes on the hour, sometimes any minute, sometimes midnight itself
            starts.add(r.nextBoolean() ? r.nextInt(24) * 60 : r.nextInt(24 * 60));
        }
        List<Integer> s = new ArrayList<>(starts);
        List<TimeSegment> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            LocalTime start = LocalTime.ofSecondOfDay(s.get(k) * 60L);
            LocalTime end = LocalTime.ofSecondOfDay(s.get((k + 1) % n) * 60L);
            Money cap = r.nextInt(3) == 0 ? Money.ofFen(r.nextInt(3000)) : null;
            out.add(new TimeSegment("seg" + k, start, end, randomUnit(r), Money.ofFen(r.nextInt(500)), cap));
        }
        return out;
    }

    private static Duration randomUnit(Random r) {
        return Duration.ofMinutes(pick(r, 15, 30, 60, 1 + r.nextInt(180)));
    }

    static Instant randomInstant(Random r) {
        LocalDate day = LocalDate.of(2026, 1, 1).plusDays(r.nextInt(365));
        long secondOfDay = switch (r.nextInt(4)) {
            case 0 -> r.nextInt(24) * 3600L; // on the hour
            case 1 -> (23 * 60 + 30 + r.nextInt(60)) * 60L; // near midnight
            case 2 -> r.nextInt(24 * 60) * 60L; // on a minute
            default -> r.nextInt(86_400); // any second
        };
        Instant at = day.atStartOfDay(ZoneId.of("UTC")).toInstant().plusSeconds(secondOfDay - 8 * 3600);
        return r.nextInt(8) == 0 ? at.plusNanos(1 + r.nextInt(999_999_999)) : at; // vendors with milliseconds
    }

    static long randomLengthSeconds(Random r) {
        return switch (r.nextInt(8)) {
            case 0 -> 0; // zero-length
            case 1 -> r.nextInt(120); // seconds
            case 2 -> r.nextInt(4 * 3600);
            case 3 -> r.nextInt(86_400);
            case 4 -> 86_400L * (1 + r.nextInt(3)) + r.nextInt(121) - 60; // about whole days
            case 5 -> r.nextInt(3 * 86_400);
            case 6 -> 60L * r.nextInt(24 * 60);
            default -> r.nextInt(7 * 86_400); // multi-day
        };
    }

    private Stay randomStay(Random r, Tariff t) {
        return randomStay(r, FeeEngineRandomizedTest::randomLengthSeconds);
    }

    /** A random stay with extras (payment, coupons, passes, list entries) of a length drawn by {@code length}. */
    static Stay randomStay(Random r, java.util.function.ToLongFunction<Random> lengths) {
        Instant entry = randomInstant(r);
        Instant exit = entry.plusSeconds(lengths.applyAsLong(r));
        VehicleClass vc = VehicleClass.values()[r.nextInt(VehicleClass.values().length)];
        Stay stay = Stay.of(entry, exit, vc).withPlate(PLATE, r.nextBoolean() ? null : "A");
        long length = Duration.between(entry, exit).getSeconds();
        if (r.nextInt(3) == 0) {
            Instant paidAt = entry.plusSeconds(length == 0 ? 0 : (long) (r.nextDouble() * (length + 1800)));
            stay = stay.withPayment(Money.ofFen(r.nextInt(5000)), paidAt);
        }
        if (r.nextInt(5) == 0) {
            stay = stay.withAlreadyDiscounted(Money.ofFen(r.nextInt(1000)));
        }
        if (r.nextInt(3) == 0) {
            List<Coupon> coupons = new ArrayList<>();
            int n = 1 + r.nextInt(4);
            for (int k = 0; k < n; k++) {
                String code = "C" + r.nextInt(5);
                coupons.add(switch (r.nextInt(7)) {
                    case 0 -> new Coupon.FreeOfCharge(code);
                    case 1, 2 -> new Coupon.MinutesOff(code, 1 + r.nextInt(300));
                    case 3, 4 -> new Coupon.AmountOff(code, Money.ofFen(1 + r.nextInt(2000)));
                    default -> new Coupon.PercentOff(code, 1 + r.nextInt(100));
                });
            }
            stay = stay.withCoupons(coupons);
        }
        if (r.nextInt(4) == 0) {
            List<Pass> passes = new ArrayList<>();
            Instant from = entry.plusSeconds(r.nextInt(2 * 86_400) - 86_400);
            Instant to = from.plusSeconds(1 + r.nextInt(3 * 86_400));
            Set<String> areas = r.nextBoolean() ? Set.of() : Set.of(r.nextBoolean() ? "A" : "B");
            passes.add(new Pass("P" + r.nextInt(100), Set.of(PLATE), from, to, areas, "holder"));
            stay = stay.withPasses(passes);
        }
        if (r.nextInt(6) == 0) {
            Instant from = entry.plusSeconds(r.nextInt(2 * 86_400) - 43_200);
            Instant to = from.plusSeconds(1 + r.nextInt(86_400));
            ListKind kind = r.nextInt(4) == 0 ? ListKind.BLACK : ListKind.WHITE;
            stay = stay.withListEntries(List.of(new ListEntry(kind, PLATE, "random", from, to)));
        }
        return stay;
    }

    private static int pick(Random r, int... choices) {
        return choices[r.nextInt(choices.length)];
    }
}
