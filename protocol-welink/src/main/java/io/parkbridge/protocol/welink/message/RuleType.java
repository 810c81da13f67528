package io.parkbridge.protocol.welink.message;

/**
 * Coupon rule type ({@code ruleType}); gives {@code discountValue} its meaning. Messages keep the raw integer; values the
 * document does not list map to {@link #UNKNOWN} instead of failing.
 */
public enum RuleType {
    /** amount off: discountValue is money. */
    AMOUNT_OFF(0),
    /** time off: discountValue is minutes. */
    TIME_OFF(1),
    /** percentage discount: discountValue is 0-100. */
    PERCENT_OFF(2),
    /** free until a deadline: discountValue -1 no timeout, 0 same day, else minutes. */
    FREE_UNTIL_DEADLINE(3),
    /** A value the document does not list; read the raw field. */
    UNKNOWN(-1);

    private final int code;

    RuleType(int code) {
        this.code = code;
    }

    /** The value on the wire. */
    public int code() {
        return code;
    }

    /** The constant for {@code code}; {@link #UNKNOWN} for null or an unlisted value. */
    public static RuleType of(Integer code) {
        if (code != null) {
            for (RuleType v : values()) {
                if (v.code == code && v != UNKNOWN) {
                    return v;
                }
            }
        }
        return UNKNOWN;
    }
}
