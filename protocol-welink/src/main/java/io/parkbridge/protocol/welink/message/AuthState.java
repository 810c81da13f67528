package io.parkbridge.protocol.welink.message;

/**
 * AuthState (the {@code state} of the /auth/* replies). Messages keep the raw integer; values the
 * document does not list map to {@link #UNKNOWN} instead of failing.
 */
public enum AuthState {
    /** authenticated and released (认证成功并放行). */
    RELEASED(0),
    /** rejected (认证被拒绝). */
    REJECTED(1),
    /** awaiting confirmation (等待确认). */
    AWAITING_CONFIRMATION(2),
    /** awaiting record match or vehicle type/plate input: call refreshParkingFee later. */
    AWAITING_MATCH(3),
    /** awaiting payment (等待支付). */
    AWAITING_PAYMENT(4),
    /** authentication error (认证错误). */
    ERROR(5),
    /** the barrier failed to open; waiting for the user to open it. */
    GATE_FAILED(6),
    /** no vehicle detected: code scanned, waiting for the camera; poll queryEvent. */
    AWAITING_CAPTURE(7),
    /** A value the document does not list; read the raw field. */
    UNKNOWN(-1);

    private final int code;

    AuthState(int code) {
        this.code = code;
    }

    /** The value on the wire. */
    public int code() {
        return code;
    }

    /** The constant for {@code code}; {@link #UNKNOWN} for null or an unlisted value. */
    public static AuthState of(Integer code) {
        if (code != null) {
            for (AuthState v : values()) {
                if (v.code == code && v != UNKNOWN) {
                    return v;
                }
            }
        }
        return UNKNOWN;
    }
}
