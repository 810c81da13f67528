package io.parkbridge.protocol.bluecard.inbound;

import io.parkbridge.core.plate.Plate;
import io.parkbridge.core.plate.PlateColor;

/** Bluecard's plates and plate colours in core terms. */
public final class BluecardPlates {
    private BluecardPlates() {
    }

    /**
     * {@code ""} (4.2: unlicensed car), {@code 无牌车} and Bluecard's temporary plates
     * ({@code 临B…}, made up by the park for unlicensed cars in 4.29) are the unlicensed marker;
     * everything else must be a mainland plate ({@link Plate#parse}, which throws otherwise).
     */
    public static Plate toPlate(String raw, String color) {
        String r = raw == null ? "" : raw.strip();
        if (r.isEmpty() || r.equals(Plate.UNLICENSED_NUMBER) || r.startsWith("临")) {
            return Plate.unlicensed();
        }
        return Plate.parse(r, color(color));
    }

    /** 蓝牌/蓝色 → BLUE and so on; anything else UNKNOWN (the raw value stays in the record). */
    public static PlateColor color(String raw) {
        if (raw == null) {
            return PlateColor.UNKNOWN;
        }
        if (raw.startsWith("黄绿")) {
            return PlateColor.YELLOW_GREEN;
        }
        if (raw.startsWith("蓝")) {
            return PlateColor.BLUE;
        }
        if (raw.startsWith("黄")) {
            return PlateColor.YELLOW;
        }
        if (raw.startsWith("绿")) {
            return PlateColor.GREEN;
        }
        if (raw.startsWith("白")) {
            return PlateColor.WHITE;
        }
        if (raw.startsWith("黑")) {
            return PlateColor.BLACK;
        }
        return PlateColor.UNKNOWN;
    }
}
