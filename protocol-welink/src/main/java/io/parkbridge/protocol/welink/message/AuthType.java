package io.parkbridge.protocol.welink.message;

/**
 * How a vehicle was let through ({@code authType} of passage records). Messages keep the raw integer; values the
 * document does not list map to {@link #UNKNOWN} instead of failing.
 */
public enum AuthType {
    /** whitelist. */
    WHITELIST(1),
    /** temporary car. */
    TEMPORARY(2),
    /** pre-authorized / booked car. */
    PRE_AUTHORIZED(3),
    /** abnormal release. */
    ABNORMAL_RELEASE(4),
    /** automatic release. */
    AUTOMATIC_RELEASE(5),
    /** prepaid. */
    PREPAID(6),
    /** shared space used as temporary car. */
    SHARED_AS_TEMPORARY(7),
    /** shared space used as long-rent car. */
    SHARED_AS_LONG_RENT(8),
    /** blacklist. */
    BLACKLIST(9),
    /** dedicated-space car. */
    DEDICATED_SPACE(10),
    /** A value the document does not list; read the raw field. */
    UNKNOWN(-1);

    private final int code;

    AuthType(int code) {
        this.code = code;
    }

    /** The value on the wire. */
    public int code() {
        return code;
    }

    /** The constant for {@code code}; {@link #UNKNOWN} for null or an unlisted value. */
    public static AuthType of(Integer code) {
        if (code != null) {
            for (AuthType v : values()) {
                if (v.code == code && v != UNKNOWN) {
                    return v;
                }
            }
        }
        return UNKNOWN;
    }
}
