package io.parkbridge.core.plate;

import java.util.regex.Pattern;

/** Normalisation and classification rules for mainland plates. */
final class PlateFormats {
    private PlateFormats() {
    }

    static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
    private static final String P = "[" + PROVINCES + "]";
    private static final String ALNUM = "[A-HJ-NP-Z0-9]";
    private static final Pattern ORDINARY = Pattern.compile(P + "[A-Z]" + ALNUM + "{5}");
    private static final Pattern NEW_ENERGY_SMALL = Pattern.compile(P + "[A-Z][DFA-HJK]" + ALNUM + "[0-9]{4}");
    private static final Pattern NEW_ENERGY_LARGE = Pattern.compile(P + "[A-Z][0-9]{5}[DF]");
    private static final Pattern SUFFIXED = Pattern.compile(P + "[A-Z]" + ALNUM + "{4}[警学挂港澳领试超]");
    private static final Pattern EMBASSY = Pattern.compile("(使[0-9]{6})|([0-9]{6}使)");
    private static final Pattern CONSULATE = Pattern.compile(P + "[A-Z][0-9]{4}领");
    private static final Pattern ARMED_POLICE = Pattern.compile("WJ" + P + "?[0-9]{4}[0-9A-Z警消边通森金电]");
    private static final Pattern MILITARY = Pattern.compile("[A-Z]{2}[0-9]{5}");

    static String normalise(String raw) {
        if (raw == null) {
            throw new InvalidPlateException(null, "a plate number, not null");
        }
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') { // full-width ASCII block
                c = (char) (c - 0xFEE0);
            }
            if (c == '\u3000' || Character.isWhitespace(c) || c == '·' || c == '•' || c == '-' || c == '.') {
                continue;
            }
            b.append(Character.toUpperCase(c));
        }
        if (b.isEmpty()) {
            throw new InvalidPlateException(raw, "a plate number, not a blank");
        }
        return b.toString();
    }

    static PlateKind classify(String raw, String n) {
        if (n.equals(Plate.UNLICENSED_NUMBER) || n.equals("无牌")) {
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
        if (CONSULATE.matcher(n).matches()) {
            return PlateKind.CONSULATE;
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
        if (MILITARY.matcher(n).matches()) {
            return PlateKind.MILITARY;
        }
        throw new InvalidPlateException(raw, "a mainland plate such as 粤B12345 (ordinary), 粤BD12345 (new energy),"
                + " 粤B1234学 (special suffix), 使123456, WJ粤12345, or 无牌车");
    }
}
