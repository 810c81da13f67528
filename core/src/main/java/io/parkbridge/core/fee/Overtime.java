package io.parkbridge.core.fee;

/** How a stay is billed when the vehicle leaves after the grace period that follows a payment. */
public enum Overtime {
    /** Bill the whole stay again from entry as if no payment happened; what was paid is deducted. */
    CONTINUE,
    /** Bill from the payment time as a new stay (first period and units), without free period. */
    NEW_STAY,
    /** Bill from the payment time by unit periods only (no free period, no first period). */
    UNITS_ONLY
}
