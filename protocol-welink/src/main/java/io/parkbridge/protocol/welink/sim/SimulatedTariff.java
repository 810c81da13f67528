package io.parkbridge.protocol.welink.sim;

import io.parkbridge.core.fee.Coupon;
import io.parkbridge.core.fee.FeeQuote;
import io.parkbridge.core.money.Money;
import java.time.Instant;
import java.util.List;

/**
 * How the simulator prices a stay. The default is {@link SimpleTariff}; a deployment or a
 * test can plug in the core fee engine through this interface.
 */
@FunctionalInterface
public interface SimulatedTariff {
    /** The quote for a stay from {@code entry} to {@code exit} with these coupons and what was paid already. */
    FeeQuote quote(Instant entry, Instant exit, List<Coupon> coupons, Money alreadyPaid);
}
