package io.parkbridge.core.plate;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalisation and classification rules for mainland plates (GA 36-2018 and the older formats
 * still on the road). Each kind is one pattern, checked in a fixed order; input matching none
 * is rejected rather than guessed.
 */
final class PlateFormats {
    private PlateFormats() {
    }

    /** The 31 province-level abbreviations used as the first character. */
    static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
    private static final String P = "[" + PROVINCES + "]";
    /** Issuing authority letter; 粤O and similar are used for police and official vehicles. */
    private static final String AUTHORITY = "[A-HJ-Z]";
    /** Serial characters: digits and letters except I and O (never issued: they read as 1 and 0). */
    private static final String ALNUM = "[A-HJ-NP-Z0-9]";
    private static final Pattern ORDINARY = Pattern.compile(P + AUTHORITY + ALNUM + "{5}");
    /** Small new-energy: D/A/B/C/E pure electric, F/G/H/J/K other, at position 3. */
    private static final Pattern NEW_ENERGY_SMALL = Pattern.compile(P + AUTHORITY + "[A-HJK]" + ALNUM + "[0-9]{4}");
    /** Large new-energy: five digits then D (pure electric) or F (other). */
    private static final Pattern NEW_ENERGY_LARGE = Pattern.compile(P + AUTHORITY + "[0-9]{5}[DF]");
    private static final Pattern SUFFIXED = Pattern.compile(P + AUTHORITY + ALNUM + "{4}[警学挂港澳领试超]");
    /** Embassy plates: 使 and six digits (three for the mission, three for the vehicle), 使 first or last. */
    private static final Pattern EMBASSY = Pattern.compile("使[0-9]{6}|[0-9]{6}使");
    /** Armed police: WJ, an optional province, four digits and a digit or service character. */
    private static final Pattern ARMED_POLICE = Pattern.compile("WJ" + P + "?[0-9]{4}[0-9A-Z警消边通森金电]");
    /** Military (2013 style): two letters for the unit, five digits. */
    private static final Pattern MILITARY = Pattern.compile("[A-Z]{2}[0-9]{5}");
    /** Military (older style): a command character, a letter, five digits. */
    private static final Pattern MILITARY_OLD = Pattern.compile("[军北南广沈兰成济空海][A-Z][0-9]{5}");

    /** What vendors send for a vehicle without a plate, after normalisation. */
    private static final Set<String> UNLICENSED = Set.of(Plate.UNLICENSED_NUMBER, "无牌", "无车牌", "无牌照", "未识别");

    /** Longest input looked at; anything longer cannot be a plate. */
    private static final int MAX_RAW_LENGTH = 32;

    /** Normalises and classifies; the number of an unlicensed vehicle is always {@link Plate#UNLICENSED_NUMBER}. */
    static Plate parse(String raw, PlateColor color) {
        String n = normalise(raw);
        PlateKind kind = classify(raw, n);
        return new Plate(kind == PlateKind.UNLICENSED ? Plate.UNLICENSED_NUMBER : n, kind, color);
    }

    static String normalise(String raw) {
        if (raw == null) {
            throw new InvalidPlateException(null, "a plate number, not null");
        }
        if (raw.length() > MAX_RAW_LENGTH) {
            throw new InvalidPlateException(raw, "a plate number of at most " + MAX_RAW_LENGTH + " characters");
        }
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') { // full-width ASCII block
                c = (char) (c - 0xFEE0);
            }
            if (isSeparator(c)) {
                continue;
            }
            if (c >= 'a' && c <= 'z') {
                c = (char) (c - 'a' + 'A');
            }
            b.append(c);
        }
        if (b.isEmpty()) {
            throw new InvalidPlateException(raw, "a plate number, not a blank");
        }
        return b.toString();
    }

    /** Spaces, dots and dashes printed or typed between a plate's parts. */
    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) // includes the ideographic space
                || c == '·' || c == '•' || c == '・' || c == '･' || c == '‧' || c == '∙' || c == '⋅' || c == '.'
                || c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '−' || c == '﹣';
    }

    static PlateKind classify(String raw, String n) {
        if (UNLICENSED.contains(n)) {
            return PlateKind.UNLICENSED;
        }
        if (ORDINARY.matcher(n).matches()) {
            return PlateKind.ORDINARY;
        }
        if (NEW_ENERGY_SMALL.matcher(n).matches()) {
            return PlateKind.NEW_ENERGY_SMALL;
        }
        if (NEW_ENERGY_LARGE.matcher(n).matches()) {
            return PlateKind.NEW_ENERGY_LARGE;
        }
        if (EMBASSY.matcher(n).matches()) {
            return PlateKind.EMBASSY;
        }
        if (SUFFIXED.matcher(n).matches()) {
            return switch (n.charAt(n.length() - 1)) {
                case '警' -> PlateKind.POLICE;
                case '学' -> PlateKind.COACH;
                case '挂' -> PlateKind.TRAILER;
                case '港' -> PlateKind.HONG_KONG;
                case '澳' -> PlateKind.MACAO;
                case '领' -> PlateKind.CONSULATE;
                case '试' -> PlateKind.TEST;
                default -> PlateKind.OVERSIZE;
            };
        }
        if (ARMED_POLICE.matcher(n).matches()) {
            return PlateKind.ARMED_POLICE;
        }
        if (MILITARY.matcher(n).matches() || MILITARY_OLD.matcher(n).matches()) {
            return PlateKind.MILITARY;
        }
        throw new InvalidPlateException(raw, "a mainland plate such as 粤B12345 (ordinary), 粤BD12345 or"
                + " 粤B12345D (new energy), 粤B1234学 (special suffix), 使123456 (embassy), WJ粤12345 (armed"
                + " police), VA12345 (military), or 无牌车 (unlicensed)");
    }
}
