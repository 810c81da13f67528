package io.parkbridge.core.plate;

/** Plate colour as vendors report it; {@link #UNKNOWN} when they do not. */
public enum PlateColor {
    BLUE, YELLOW, GREEN, YELLOW_GREEN, WHITE, BLACK, UNKNOWN
}
