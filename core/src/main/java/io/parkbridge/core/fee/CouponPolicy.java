package io.parkbridge.core.fee;

/**
 * Stacking limits for coupons on one stay (the order of application is fixed, see
 * {@link FeeEngine}).
 *
 * @param maxCoupons most coupons honoured per stay, counted in the order presented after
 *     dropping repeated codes; the rest are ignored with a note. At least 1.
 * @param percentStacks whether several percent-off coupons apply one after the other; when
 *     false only the largest percentage applies
 */
public record CouponPolicy(int maxCoupons, boolean percentStacks) {
    /** Up to 5 coupons, a single percent-off. */
    public static final CouponPolicy DEFAULT = new CouponPolicy(5, false);

    public CouponPolicy {
        if (maxCoupons < 1) {
            throw new IllegalArgumentException("maxCoupons: expected 1 or more, got " + maxCoupons);
        }
    }
}
