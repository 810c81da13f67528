package io.parkbridge.core.plate;

import java.util.Locale;

/** Plate colour as vendors report it; {@link #UNKNOWN} when they do not. */
public enum PlateColor {
    BLUE, YELLOW, GREEN, YELLOW_GREEN, WHITE, BLACK, UNKNOWN;

    /**
     * The colour from the Chinese or English name vendors send ("蓝", "蓝色", "黄牌", "绿",
     * "渐变绿", "黄绿", "白", "黑", "blue"...). Null, blank and names not listed give
     * {@link #UNKNOWN}: the colour is informative, a plate is never rejected for it.
     */
    public static PlateColor fromName(String name) {
        if (name == null) {
            return UNKNOWN;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.endsWith("色") || n.endsWith("牌")) {
            n = n.substring(0, n.length() - 1);
        }
        return switch (n) {
            case "蓝", "blue" -> BLUE;
            case "黄", "yellow" -> YELLOW;
            case "绿", "渐变绿", "green" -> GREEN;
            case "黄绿", "yellow_green", "yellowgreen" -> YELLOW_GREEN;
            case "白", "white" -> WHITE;
            case "黑", "black" -> BLACK;
            default -> UNKNOWN;
        };
    }
}
