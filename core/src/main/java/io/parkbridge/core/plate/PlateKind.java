package io.parkbridge.core.plate;

/** What a mainland licence plate's format says about the vehicle. */
public enum PlateKind {
    /** Province character, letter, five alphanumerics (粤B12345). */
    ORDINARY,
    /** Eight characters, D/F/A-K at position 3 (粤BD12345). */
    NEW_ENERGY_SMALL,
    /** Eight characters, D/F at the end (粤B12345D). */
    NEW_ENERGY_LARGE,
    /** Ends in 警. */
    POLICE,
    /** Ends in 学 (driving school). */
    COACH,
    /** Ends in 挂 (trailer). */
    TRAILER,
    /** Ends in 港 (Hong Kong cross-border). */
    HONG_KONG,
    /** Ends in 澳 (Macao cross-border). */
    MACAO,
    /** Ends in 领 (consulate). */
    CONSULATE,
    /** Ends in 试 (test vehicle). */
    TEST,
    /** Ends in 超 (oversize). */
    OVERSIZE,
    /** 使 and six digits, 使 first or last (embassy). */
    EMBASSY,
    /** Armed police: WJ, an optional province, four digits and a digit or service character (WJ粤1234消). */
    ARMED_POLICE,
    /**
     * Military-style plate: a two-letter unit code and five digits (VA12345), or the older
     * command character, letter and five digits (北K12345).
     */
    MILITARY,
    /** A vehicle with no plate (无牌车); every such vehicle gets the same marker. */
    UNLICENSED
}
