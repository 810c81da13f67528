package io.parkbridge.protocol.carsafe.codec;

/** The unit an amount field is written in. The document rarely says; yuan is the default. */
public enum MoneyUnit {
    /** 元, up to two decimals, e.g. "24.00". */
    YUAN,
    /** 分, a whole number (Mallcoo 11.14/11.15). */
    FEN
}
