package io.parkbridge.core.port;

import io.parkbridge.core.fee.Coupon;
import io.parkbridge.core.plate.Plate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A request for what a vehicle owes.
 *
 * @param parkId the park (vendor's id); may be empty where the client is bound to one park
 * @param plate the vehicle
 * @param at the moment to quote for (usually now, from the injected clock)
 * @param coupons coupons to apply in this quote
 */
public record FeeQuery(String parkId, Plate plate, Instant at, List<Coupon> coupons) {
    public FeeQuery {
        parkId = parkId == null ? "" : parkId;
        Objects.requireNonNull(plate, "plate");
        Objects.requireNonNull(at, "at");
        coupons = List.copyOf(coupons);
    }
}
