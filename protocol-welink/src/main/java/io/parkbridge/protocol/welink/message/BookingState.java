package io.parkbridge.protocol.welink.message;

/**
 * Booking state ({@code state} of a booking). Messages keep the raw integer; values the
 * document does not list map to {@link #UNKNOWN} instead of failing.
 */
public enum BookingState {
    /** awaiting acceptance (等待接受). */
    AWAITING_ACCEPTANCE(0),
    /** valid (有效). */
    VALID(1),
    /** cancelled (取消). */
    CANCELLED(2),
    /** awaiting park approval (等待停车场审核). */
    AWAITING_APPROVAL(3),
    /** rejected by the park (停车场拒绝). */
    REJECTED(4),
    /** already entered (已经入场). */
    ENTERED(5),
    /** A value the document does not list; read the raw field. */
    UNKNOWN(-1);

    private final int code;

    BookingState(int code) {
        this.code = code;
    }

    /** The value on the wire. */
    public int code() {
        return code;
    }

    /** The constant for {@code code}; {@link #UNKNOWN} for null or an unlisted value. */
    public static BookingState of(Integer code) {
        if (code != null) {
            for (BookingState v : values()) {
                if (v.code == code && v != UNKNOWN) {
                    return v;
                }
            }
        }
        return UNKNOWN;
    }
}
