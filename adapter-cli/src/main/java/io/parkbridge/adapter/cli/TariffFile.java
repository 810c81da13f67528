package io.parkbridge.adapter.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.parkbridge.core.fee.CapWindow;
import io.parkbridge.core.fee.ClassRule;
import io.parkbridge.core.fee.CouponPolicy;
import io.parkbridge.core.fee.Overtime;
import io.parkbridge.core.fee.Tariff;
import io.parkbridge.core.fee.TimeSegment;
import io.parkbridge.core.fee.VehicleClass;
import io.parkbridge.core.money.InvalidAmountException;
import io.parkbridge.core.money.Money;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a tariff file (JSON, or YAML by a {@code .yaml}/{@code .yml} name) onto core's
 * {@link Tariff} records. Every field is checked and a bad one is reported with its path,
 * e.g. {@code segments[1].unitPrice: expected a yuan amount such as 1.00}. Durations are
 * minutes (a number) or text such as {@code 90m}, {@code 2h}, {@code 1h30m} or ISO
 * {@code PT30M}; money is yuan (a string such as {@code "5.00"} or an exact number).
 * docs/cli.md shows a complete file.
 */
final class TariffFile {
    private static final Set<String> TARIFF_FIELDS = Set.of("name", "zone", "freePeriod", "freePeriodDeducted",
            "firstPeriod", "firstPeriodPrice", "segments", "dailyCap", "capWindow", "overallCap", "gracePeriod",
            "overtime", "classes", "coupons");
    private static final Set<String> SEGMENT_FIELDS = Set.of("name", "start", "end", "unit", "unitPrice", "cap");
    private static final Set<String> CLASS_FIELDS = Set.of("tariff", "freePeriod", "pricePercent");
    private static final Set<String> COUPON_FIELDS = Set.of("maxCoupons", "percentStacks");
    private static final Pattern HUMAN_DURATION = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m(?:in)?)?");

    private TariffFile() {
    }

    /** Reads and maps the file; an I/O error or a bad field is an {@link IllegalArgumentException} naming it. */
    static Tariff load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read tariff file " + file + ": " + e.getClass().getSimpleName(), e);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return parse(text, name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    /** Maps tariff text (JSON or YAML) onto a {@link Tariff}. */
    static Tariff parse(String text, boolean yaml) {
        ObjectMapper mapper = (yaml ? new ObjectMapper(new YAMLFactory()) : new ObjectMapper())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new TariffFileException("tariff file: expected " + (yaml ? "YAML" : "JSON") + ": "
                    + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new TariffFileException("tariff file: expected an object with at least 'segments'");
        }
        return tariff(root, "");
    }

    private static Tariff tariff(JsonNode node, String path) {
        requireObject(node, path.isEmpty() ? "tariff" : path);
        onlyKnown(node, TARIFF_FIELDS, path);
        try {
            ZoneId zone = zone(node.get("zone"), path + "zone");
            List<TimeSegment> segments = segments(node.get("segments"), path + "segments");
            Map<VehicleClass, ClassRule> classes = classes(node.get("classes"), path + "classes");
            return new Tariff(text(node.get("name"), path + "name", "tariff"), zone,
                    duration(node.get("freePeriod"), path + "freePeriod", Duration.ZERO),
                    bool(node.get("freePeriodDeducted"), path + "freePeriodDeducted", false),
                    duration(node.get("firstPeriod"), path + "firstPeriod", Duration.ZERO),
                    money(node.get("firstPeriodPrice"), path + "firstPeriodPrice", Money.ZERO),
                    segments,
                    money(node.get("dailyCap"), path + "dailyCap", null),
                    enumValue(CapWindow.class, node.get("capWindow"), path + "capWindow", CapWindow.ROLLING_24H),
                    money(node.get("overallCap"), path + "overallCap", null),
                    duration(node.get("gracePeriod"), path + "gracePeriod", Duration.ofMinutes(15)),
                    enumValue(Overtime.class, node.get("overtime"), path + "overtime", Overtime.UNITS_ONLY),
                    classes,
                    coupons(node.get("coupons"), path + "coupons"));
        } catch (TariffFileException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            // The core's own checks (segments cover the day, whole minutes, ...) name the field.
            throw new TariffFileException((path.isEmpty() ? "tariff" : path.substring(0, path.length() - 1)) + ": "
                    + e.getMessage());
        }
    }

    private static List<TimeSegment> segments(JsonNode node, String path) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw new TariffFileException(path + ": expected a list of time-of-day segments covering the day");
        }
        List<TimeSegment> segments = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode s = node.get(i);
            String p = path + "[" + i + "]";
            requireObject(s, p);
            onlyKnown(s, SEGMENT_FIELDS, p + ".");
            LocalTime start = time(s.get("start"), p + ".start", LocalTime.MIDNIGHT);
            LocalTime end = time(s.get("end"), p + ".end", LocalTime.MIDNIGHT);
            Duration unit = duration(s.get("unit"), p + ".unit", null);
            if (unit == null) {
                throw new TariffFileException(p + ".unit: expected the billing unit in minutes, e.g. 30");
            }
            Money unitPrice = money(s.get("unitPrice"), p + ".unitPrice", null);
            if (unitPrice == null) {
                throw new TariffFileException(p + ".unitPrice: expected a yuan amount such as \"1.00\"");
            }
            try {
                segments.add(new TimeSegment(text(s.get("name"), p + ".name", "segment " + (i + 1)), start, end, unit,
                        unitPrice, money(s.get("cap"), p + ".cap", null)));
            } catch (IllegalArgumentException e) {
                throw new TariffFileException(p + ": " + e.getMessage());
            }
        }
        return segments;
    }

    private static Map<VehicleClass, ClassRule> classes(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return Map.of();
        }
        requireObject(node, path);
        Map<VehicleClass, ClassRule> rules = new EnumMap<>(VehicleClass.class);
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String p = path + "." + e.getKey();
            VehicleClass vc = vehicleClass(e.getKey(), p);
            JsonNode rule = e.getValue();
            requireObject(rule, p);
            onlyKnown(rule, CLASS_FIELDS, p + ".");
            try {
                if (rule.has("tariff")) {
                    if (rule.size() != 1) {
                        throw new TariffFileException(p + ": expected either 'tariff' or freePeriod/pricePercent");
                    }
                    rules.put(vc, ClassRule.own(tariff(rule.get("tariff"), p + ".tariff.")));
                } else {
                    JsonNode pct = rule.get("pricePercent");
                    if (pct != null && !pct.canConvertToInt()) {
                        throw new TariffFileException(p + ".pricePercent: expected a whole percentage such as 200");
                    }
                    rules.put(vc, new ClassRule(null, duration(rule.get("freePeriod"), p + ".freePeriod", null),
                            pct == null ? 100 : pct.intValue()));
                }
            } catch (IllegalArgumentException ex) {
                throw ex instanceof TariffFileException ? ex : new TariffFileException(p + ": " + ex.getMessage());
            }
        }
        return rules;
    }

    private static CouponPolicy coupons(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return CouponPolicy.DEFAULT;
        }
        requireObject(node, path);
        onlyKnown(node, COUPON_FIELDS, path + ".");
        JsonNode max = node.get("maxCoupons");
        if (max != null && !max.canConvertToInt()) {
            throw new TariffFileException(path + ".maxCoupons: expected a whole number of 1 or more");
        }
        try {
            return new CouponPolicy(max == null ? CouponPolicy.DEFAULT.maxCoupons() : max.intValue(),
                    bool(node.get("percentStacks"), path + ".percentStacks", CouponPolicy.DEFAULT.percentStacks()));
        } catch (IllegalArgumentException e) {
            throw new TariffFileException(path + ": " + e.getMessage());
        }
    }

    static VehicleClass vehicleClass(String raw, String what) {
        try {
            return VehicleClass.valueOf(raw.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new TariffFileException(what + ": expected one of " + List.of(VehicleClass.values()) + ", got '" + raw + "'");
        }
    }

    // ---- scalar fields ----

    private static String text(JsonNode node, String path, String dflt) {
        if (node == null || node.isNull()) {
            return dflt;
        }
        if (!node.isTextual()) {
            throw new TariffFileException(path + ": expected text");
        }
        return node.textValue();
    }

    private static boolean bool(JsonNode node, String path, boolean dflt) {
        if (node == null || node.isNull()) {
            return dflt;
        }
        if (!node.isBoolean()) {
            throw new TariffFileException(path + ": expected true or false");
        }
        return node.booleanValue();
    }

    private static ZoneId zone(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return Tariff.DEFAULT_ZONE;
        }
        try {
            return ZoneId.of(node.asText());
        } catch (DateTimeException e) {
            throw new TariffFileException(path + ": expected a zone id such as Asia/Shanghai, got '" + node.asText() + "'");
        }
    }

    private static LocalTime time(JsonNode node, String path, LocalTime dflt) {
        if (node == null || node.isNull()) {
            return dflt;
        }
        String raw = node.asText();
        if ("24:00".equals(raw)) {
            return LocalTime.MIDNIGHT;
        }
        try {
            return LocalTime.parse(raw);
        } catch (DateTimeParseException e) {
            throw new TariffFileException(path + ": expected a time of day HH:mm, got '" + raw + "'");
        }
    }

    static Duration duration(JsonNode node, String path, Duration dflt) {
        if (node == null || node.isNull()) {
            return dflt;
        }
        if (node.isIntegralNumber()) {
            if (node.longValue() < 0) {
                throw new TariffFileException(path + ": expected minutes, zero or more, got " + node.asText());
            }
            return Duration.ofMinutes(node.longValue());
        }
        if (node.isTextual()) {
            Duration d = parseDuration(node.textValue());
            if (d != null) {
                return d;
            }
        }
        throw new TariffFileException(path + ": expected minutes (e.g. 30) or text such as 90m, 2h, 1h30m, PT30M; got '"
                + node.asText() + "'");
    }

    /** {@code 30}, {@code 90m}, {@code 2h}, {@code 1h30m}, {@code PT30M}; null if none of these. */
    static Duration parseDuration(String raw) {
        String s = raw.trim().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return null;
        }
        if (s.startsWith("pt") || s.startsWith("p")) {
            try {
                return Duration.parse(raw.trim().toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        if (s.chars().allMatch(Character::isDigit) && s.length() < 10) {
            return Duration.ofMinutes(Long.parseLong(s));
        }
        Matcher m = HUMAN_DURATION.matcher(s);
        if (!m.matches() || (m.group(1) == null && m.group(2) == null)) {
            return null;
        }
        try {
            long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
            long minutes = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
            return Duration.ofHours(hours).plusMinutes(minutes);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Money money(JsonNode node, String path, Money dflt) {
        if (node == null || node.isNull()) {
            return dflt;
        }
        try {
            if (node.isNumber()) {
                return Money.ofYuan(node.decimalValue());
            }
            if (node.isTextual()) {
                return Money.parseYuan(node.textValue());
            }
        } catch (InvalidAmountException e) {
            throw new TariffFileException(path + ": " + e.getMessage());
        }
        throw new TariffFileException(path + ": expected a yuan amount such as \"12.50\"");
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode node, String path, E dflt) {
        if (node == null || node.isNull()) {
            return dflt;
        }
        try {
            return Enum.valueOf(type, node.asText().trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new TariffFileException(path + ": expected one of " + List.of(type.getEnumConstants()) + ", got '"
                    + node.asText() + "'");
        }
    }

    private static void requireObject(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new TariffFileException(path + ": expected an object");
        }
    }

    private static void onlyKnown(JsonNode node, Set<String> known, String prefix) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!known.contains(n)) {
                throw new TariffFileException(prefix + n + ": unknown field (expected one of " + known.stream().sorted().toList() + ")");
            }
        }
    }

    /** A tariff file that cannot be used; the message names the field. */
    static final class TariffFileException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        TariffFileException(String message) {
            super(message);
        }
    }
}
