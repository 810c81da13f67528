package io.parkbridge.protocol.carsafe.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeInterface;
import io.parkbridge.protocol.support.error.MalformedMessageException;
import java.util.Iterator;
import java.util.Set;

/** Checks {@code data} field names against the catalogue before anything is sent or accepted. */
public final class FieldValidator {
    private FieldValidator() {
    }

    /**
     * Throws {@link IllegalArgumentException} naming the field if {@code data} misses a required
     * field or (STRICT) carries one the catalogue does not list. Arrays are checked per element.
     */
    public static void check(CarsafeInterface iface, JsonNode data, FieldCheck mode) {
        String problem = problem(iface, data, mode, Set.of());
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Same check for inbound data: a {@link MalformedMessageException}. */
    public static void checkInbound(CarsafeInterface iface, JsonNode data, FieldCheck mode) {
        checkInbound(iface, data, mode, Set.of());
    }

    /** Inbound check that does not enforce the {@code exempt} required fields. */
    public static void checkInbound(CarsafeInterface iface, JsonNode data, FieldCheck mode, Set<String> exempt) {
        String problem = problem(iface, data, mode, exempt);
        if (problem != null) {
            throw new MalformedMessageException("carsafe", "data", problem, null);
        }
    }

    private static String problem(CarsafeInterface iface, JsonNode data, FieldCheck mode, Set<String> exempt) {
        if (mode == FieldCheck.NONE || data == null || data.isNull()) {
            return null;
        }
        if (data.isArray()) {
            int i = 0;
            for (JsonNode n : data) {
                String p = problem(iface, n, mode, exempt);
                if (p != null) {
                    return "[" + i + "] " + p;
                }
                i++;
            }
            return null;
        }
        if (!data.isObject()) {
            return null;
        }
        for (String required : iface.requiredRequestFields()) {
            if (exempt.contains(required)) {
                continue;
            }
            JsonNode v = data.get(required);
            if (v == null || v.isNull()) {
                return "data." + required + ": expected a value (required by " + iface.number() + " " + iface.nameEn()
                        + ")";
            }
        }
        if (mode == FieldCheck.STRICT) {
            Set<String> known = iface.requestFieldNames();
            for (Iterator<String> it = data.fieldNames(); it.hasNext();) {
                String name = it.next();
                if (!known.contains(name)) {
                    return "data." + name + ": expected one of the fields of " + iface.number() + " " + known;
                }
            }
        }
        return null;
    }
}
