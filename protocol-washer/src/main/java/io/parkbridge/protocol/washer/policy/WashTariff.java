package io.parkbridge.protocol.washer.policy;

import io.parkbridge.core.money.Money;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the default policy charges and grants.
 *
 * @param schemePrices price of each wash scheme (keys 1-3), at least the default scheme's
 * @param defaultScheme the scheme a card or plate gets (1-3)
 * @param waterPricePer100Ml price of 100 ml of purified water
 * @param waterVolumeMl water granted per swipe (a positive multiple of 100); less when the card
 *     cannot pay for it all
 * @param waterMaxWaitSeconds how long the purifier waits for the button (30-120 s)
 */
public record WashTariff(Map<Integer, Money> schemePrices, int defaultScheme, Money waterPricePer100Ml,
        int waterVolumeMl, int waterMaxWaitSeconds) {
    public WashTariff {
        schemePrices = Map.copyOf(new TreeMap<>(schemePrices));
        schemePrices.forEach((scheme, price) -> {
            if (scheme < 1 || scheme > 3) {
                throw new IllegalArgumentException("schemePrices: expected schemes 1-3, got " + scheme);
            }
            if (price.isNegative()) {
                throw new IllegalArgumentException("schemePrices: expected prices of zero or more, got " + price);
            }
        });
        if (!schemePrices.containsKey(defaultScheme)) {
            throw new IllegalArgumentException("defaultScheme: expected a scheme with a price, got " + defaultScheme);
        }
        Objects.requireNonNull(waterPricePer100Ml, "waterPricePer100Ml");
        if (waterPricePer100Ml.isNegative()) {
            throw new IllegalArgumentException("waterPricePer100Ml: expected zero or more");
        }
        if (waterVolumeMl <= 0 || waterVolumeMl % 100 != 0) {
            throw new IllegalArgumentException("waterVolumeMl: expected a positive multiple of 100, got "
                    + waterVolumeMl);
        }
        if (waterMaxWaitSeconds < 30 || waterMaxWaitSeconds > 120) {
            throw new IllegalArgumentException("waterMaxWaitSeconds: expected 30-120, got " + waterMaxWaitSeconds);
        }
    }

    /** The price of {@code scheme}. */
    public Money priceOf(int scheme) {
        Money price = schemePrices.get(scheme);
        if (price == null) {
            throw new IllegalArgumentException("scheme: expected one of " + schemePrices.keySet() + ", got " + scheme);
        }
        return price;
    }

    /** The price of {@code volumeMl} (a multiple of 100) of water. */
    public Money waterPrice(int volumeMl) {
        return waterPricePer100Ml.times(volumeMl / 100);
    }
}
