package io.parkbridge.protocol.washer.api;

/** Record types of the order flow (advOrder/checkAdvOrder). */
public enum LogType {
    RT_LOCK, RT_CONF, RT_LOCK_CONF, RT_STOP, RT2_CHECK_PARK, RT2_START, RT2_PAUSE, RT2_CONTINUE, RT2_STOP, SH_START,
    NTT_START, NTT_RESET, NTT_PAUSE, NTT_CONTINUE, RT3_LOCK, RT3_CONF, RT3_LOCK_CONF, RT3_STOP, WP1_LOCK, WP1_START,
    WP1_CANCEL_LOCK, WP1_OPEN_DOOR, WP1_WOK_FNS, COM_WOK_FNS,
    /** A value not in the page; the raw value stays on the entry. */
    UNKNOWN;

    public static LogType of(String raw) {
        return VendorEnums.of(LogType.class, raw, UNKNOWN);
    }
}
