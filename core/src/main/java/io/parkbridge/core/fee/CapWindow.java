package io.parkbridge.core.fee;

/** How the daily cap of a {@link Tariff} counts its days. */
public enum CapWindow {
    /** Consecutive 24-hour windows counted from the start of the billed stretch (usually entry). */
    ROLLING_24H,
    /** Calendar days in the tariff's zone, midnight to midnight. */
    CALENDAR_DAY
}
