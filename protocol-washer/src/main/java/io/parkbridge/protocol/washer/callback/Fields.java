package io.parkbridge.protocol.washer.callback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parkbridge.protocol.support.error.MalformedMessageException;
import io.parkbridge.protocol.washer.Washer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Reads callback fields with errors that name the field and what was expected. */
final class Fields {
    private Fields() {
    }

    static long requireLong(ObjectNode n, String field) {
        Long v = optionalLong(n, field);
        if (v == null) {
            throw new MalformedMessageException(Washer.VENDOR, field, "a whole number", null);
        }
        return v;
    }

    static Long optionalLong(ObjectNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return v.longValue();
        }
        if (v.isTextual() && v.asText().matches("-?[0-9]{1,18}")) {
            return Long.parseLong(v.asText());
        }
        throw new MalformedMessageException(Washer.VENDOR, field, "a whole number", null);
    }

    static Integer optionalInt(ObjectNode n, String field) {
        Long v = optionalLong(n, field);
        if (v == null) {
            return null;
        }
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new MalformedMessageException(Washer.VENDOR, field, "a whole number that fits 32 bits", null);
        }
        return v.intValue();
    }

    static String requireText(ObjectNode n, String field) {
        String v = optionalText(n, field);
        if (v == null || v.isBlank()) {
            throw new MalformedMessageException(Washer.VENDOR, field, "a non-blank value", null);
        }
        if (v.length() > REQUIRED_MAX) {
            // Required fields are ids and codes; they become idempotency keys, which must fit the store.
            throw new MalformedMessageException(Washer.VENDOR, field, "at most " + REQUIRED_MAX + " characters", null);
        }
        return v;
    }

    /** Longest id or code accepted in a required field. */
    static final int REQUIRED_MAX = 128;

    /** Text or number as text (the pages say String for values sent as numbers, e.g. status 0). */
    static String optionalText(ObjectNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual() || v.isNumber() || v.isBoolean()) {
            return v.asText();
        }
        throw new MalformedMessageException(Washer.VENDOR, field, "a string", null);
    }

    static BigDecimal optionalDecimal(ObjectNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        if (v.isTextual()) {
            try {
                return new BigDecimal(v.asText());
            } catch (NumberFormatException e) {
                // fall through
            }
        }
        throw new MalformedMessageException(Washer.VENDOR, field, "a decimal number", null);
    }

    static List<Long> requireLongList(ObjectNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isArray() || v.isEmpty()) {
            throw new MalformedMessageException(Washer.VENDOR, field, "a non-empty array of machine ids", null);
        }
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            if (e.isIntegralNumber() && e.canConvertToLong()) {
                out.add(e.longValue());
            } else if (e.isTextual() && e.asText().matches("[0-9]{1,18}")) {
                out.add(Long.parseLong(e.asText()));
            } else {
                throw new MalformedMessageException(Washer.VENDOR, field + "[" + i + "]", "a machine id", null);
            }
        }
        return List.copyOf(out);
    }

    static List<String> textList(ObjectNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new MalformedMessageException(Washer.VENDOR, field, "an array of order ids", null);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            if (!e.isTextual() && !e.isNumber()) {
                throw new MalformedMessageException(Washer.VENDOR, field + "[" + i + "]", "an order id", null);
            }
            out.add(e.asText());
        }
        return List.copyOf(out);
    }
}
