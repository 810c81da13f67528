package io.parkbridge.protocol.welink.message;

/**
 * Payment channel ({@code payChannel}). Messages keep the raw integer; values the
 * document does not list map to {@link #UNKNOWN} instead of failing.
 */
public enum PayChannel {
    /** cash. */
    CASH(0),
    /** WeChat. */
    WECHAT(1),
    /** Alipay. */
    ALIPAY(2),
    /** UnionPay. */
    UNIONPAY(3),
    /** prepaid. */
    PREPAID(4),
    /** transit card. */
    TRANSIT_CARD(5),
    /** OpenAPI. */
    OPEN_API(6),
    /** other. */
    OTHER(7),
    /** A value the document does not list; read the raw field. */
    UNKNOWN(-1);

    private final int code;

    PayChannel(int code) {
        this.code = code;
    }

    /** The value on the wire. */
    public int code() {
        return code;
    }

    /** The constant for {@code code}; {@link #UNKNOWN} for null or an unlisted value. */
    public static PayChannel of(Integer code) {
        if (code != null) {
            for (PayChannel v : values()) {
                if (v.code == code && v != UNKNOWN) {
                    return v;
                }
            }
        }
        return UNKNOWN;
    }
}
