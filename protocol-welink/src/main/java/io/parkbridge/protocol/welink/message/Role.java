package io.parkbridge.protocol.welink.message;

/**
 * Role of a user logging in ({@code role} of /user/login). Messages keep the raw integer; values the
 * document does not list map to {@link #UNKNOWN} instead of failing.
 */
public enum Role {
    /** super user. */
    SUPER_USER(1),
    /** booth staff. */
    BOOTH_STAFF(2),
    /** finance staff. */
    FINANCE_STAFF(3),
    /** management staff. */
    MANAGEMENT_STAFF(4),
    /** long-rent registration staff. */
    LONG_RENT_REGISTRATION(5),
    /** long-rent renewal staff. */
    LONG_RENT_RENEWAL(6),
    /** advanced query staff. */
    ADVANCED_QUERY(7),
    /** ordinary query staff. */
    ORDINARY_QUERY(8),
    /** monitoring-centre staff. */
    MONITORING_CENTRE(9),
    /** A value the document does not list; read the raw field. */
    UNKNOWN(-1);

    private final int code;

    Role(int code) {
        this.code = code;
    }

    /** The value on the wire. */
    public int code() {
        return code;
    }

    /** The constant for {@code code}; {@link #UNKNOWN} for null or an unlisted value. */
    public static Role of(Integer code) {
        if (code != null) {
            for (Role v : values()) {
                if (v.code == code && v != UNKNOWN) {
                    return v;
                }
            }
        }
        return UNKNOWN;
    }
}
