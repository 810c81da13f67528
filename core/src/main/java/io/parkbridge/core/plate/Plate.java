package io.parkbridge.core.plate;

import java.util.Objects;

/**
 * A normalised mainland licence plate with its kind and, when a vendor gives it, its colour.
 *
 * <p>Create with {@link #parse(String)}: it normalises (trim, drop separators, full-width to
 * half-width, upper-case) and classifies, and rejects what is not a plate rather than guessing.
 */
public record Plate(String number, PlateKind kind, PlateColor color) {

    /** The marker vendors use for a vehicle without a plate. */
    public static final String UNLICENSED_NUMBER = "无牌车";

    public Plate {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(color, "color");
    }

    /**
     * Normalises and classifies {@code raw}; colour unknown. Every marker vendors use for a
     * vehicle without a plate (无牌车, 无牌, 无车牌, 未识别) becomes {@link #unlicensed()}'s number.
     *
     * @throws InvalidPlateException naming the input and the formats expected
     */
    public static Plate parse(String raw) {
        return parse(raw, PlateColor.UNKNOWN);
    }

    /** Normalises and classifies {@code raw}, keeping the colour a vendor reported. */
    public static Plate parse(String raw, PlateColor color) {
        return PlateFormats.parse(raw, java.util.Objects.requireNonNull(color, "color"));
    }

    /** The single marker for an unlicensed vehicle. */
    public static Plate unlicensed() {
        return new Plate(UNLICENSED_NUMBER, PlateKind.UNLICENSED, PlateColor.UNKNOWN);
    }

    /** True for the marker of a vehicle without a plate (无牌车). */
    public boolean isUnlicensed() {
        return kind == PlateKind.UNLICENSED;
    }

    /** The same plate with another colour. */
    public Plate withColor(PlateColor newColor) {
        return new Plate(number, kind, newColor);
    }

    /** Two plates are the same vehicle when their numbers match, whatever colour was reported. */
    public boolean sameNumber(Plate other) {
        return other != null && number.equals(other.number);
    }

    @Override
    public String toString() {
        return number;
    }
}
