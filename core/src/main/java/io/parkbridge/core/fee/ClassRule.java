package io.parkbridge.core.fee;

import java.time.Duration;

/**
 * How a {@link Tariff} treats one {@link VehicleClass}: either a tariff of its own, or a modifier
 * of the base tariff (another free period and/or a price percentage applied to every price and
 * cap, rounded half up to the fen).
 *
 * @param ownTariff the class's own tariff; when set, the other fields must be left at their
 *     defaults ({@code null}, 100)
 * @param freePeriod replaces the base free period (e.g. new-energy: first 2 h free); {@code null}
 *     keeps it
 * @param pricePercent percentage of every base price and cap, e.g. 200 for large vehicles;
 *     100 keeps them; 0 makes the class free
 */
public record ClassRule(Tariff ownTariff, Duration freePeriod, int pricePercent) {
    public ClassRule {
        if (pricePercent < 0 || pricePercent > 10_000) {
            throw new IllegalArgumentException("pricePercent: expected 0-10000, got " + pricePercent);
        }
        if (freePeriod != null) {
            Tariff.requireWholeMinutes("class freePeriod", freePeriod, false);
        }
        if (ownTariff != null && (freePeriod != null || pricePercent != 100)) {
            throw new IllegalArgumentException("ownTariff: expected no freePeriod/pricePercent modifier with it");
        }
    }

    /** The class uses its own tariff. */
    public static ClassRule own(Tariff tariff) {
        return new ClassRule(java.util.Objects.requireNonNull(tariff, "tariff"), null, 100);
    }

    /** The class's free period differs, prices stay. */
    public static ClassRule freePeriod(Duration freePeriod) {
        return new ClassRule(null, java.util.Objects.requireNonNull(freePeriod, "freePeriod"), 100);
    }

    /** Every price and cap is {@code percent}% of the base tariff's. */
    public static ClassRule pricePercent(int percent) {
        return new ClassRule(null, null, percent);
    }
}
