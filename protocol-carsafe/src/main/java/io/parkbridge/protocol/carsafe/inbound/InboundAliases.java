package io.parkbridge.protocol.carsafe.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;

/**
 * Where the document's own examples use other names than its tables, inbound records accept
 * both: the example's name is copied to the table's name when the latter is absent. Fields
 * the tables mark required but the examples leave out are not enforced.
 */
final class InboundAliases {
    private static final Map<String, Map<String, String>> ALIASES = Map.of(
            // 13.4 example (line 10260) is camelCase
            "13.4", Map.of("enterTime", "entertime", "parkTime", "parktime", "parkCost", "parkcost",
                    "calcStartTime", "calcstarttime", "calcEndTime", "calcendtime"),
            // 14.2 example (line 10465) and 9.21 use doorFault for gateFault
            "14.2", Map.of("doorFault", "gateFault"),
            // 10.53 example (line 8721)
            "10.53", Map.of("IsCompleted", "isCompleted"));
    private static final Map<String, Set<String>> NOT_ENFORCED = Map.of(
            "13.4", Set.of("discountAmount")); // absent from the 13.4 example

    private InboundAliases() {
    }

    static Set<String> notEnforced(String number) {
        return NOT_ENFORCED.getOrDefault(number, Set.of());
    }

    /** {@code data} with alias names copied to table names (a copy; the input is not changed). */
    static JsonNode normalise(String number, JsonNode data) {
        Map<String, String> aliases = ALIASES.get(number);
        if (aliases == null || data == null) {
            return data;
        }
        if (data.isArray()) {
            ArrayNode copy = ((ArrayNode) data).deepCopy();
            for (int i = 0; i < copy.size(); i++) {
                copy.set(i, normalise(number, copy.get(i)));
            }
            return copy;
        }
        if (!data.isObject()) {
            return data;
        }
        ObjectNode copy = ((ObjectNode) data).deepCopy();
        aliases.forEach((alias, table) -> {
            if (copy.has(alias) && !copy.has(table)) {
                copy.set(table, copy.get(alias));
            }
        });
        return copy;
    }
}
