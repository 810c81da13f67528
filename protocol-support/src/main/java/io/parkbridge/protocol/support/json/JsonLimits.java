package io.parkbridge.protocol.support.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.parkbridge.protocol.support.error.MalformedMessageException;
import java.util.Map;

/**
 * Bounds on a pushed JSON document, checked before anything is stored: an absurd value (a
 * 100 KB id, a 5,000-digit number, deep nesting) is refused as bad input naming the field,
 * instead of failing later in storage, where the vendor would be told to try again with a
 * payload that can never be stored.
 *
 * @param maxValueLength longest scalar value, as text
 * @param maxDepth deepest nesting of objects and arrays
 */
public record JsonLimits(int maxValueLength, int maxDepth) {

    /** 4,096 characters per value, 16 levels. */
    public static final JsonLimits DEFAULT = new JsonLimits(4096, 16);

    public JsonLimits {
        if (maxValueLength < 1 || maxDepth < 1) {
            throw new IllegalArgumentException("limits: expected positive lengths, got " + maxValueLength + "/"
                    + maxDepth);
        }
    }

    /**
     * Checks {@code document}.
     *
     * @throws MalformedMessageException naming the first offending field
     */
    public void check(String vendor, JsonNode document) {
        check(vendor, document, "", 0);
    }

    private void check(String vendor, JsonNode node, String path, int depth) {
        if (node == null) {
            return;
        }
        if (node.isValueNode()) {
            if (node.asText().length() > maxValueLength) {
                throw new MalformedMessageException(vendor, path, "at most " + maxValueLength + " characters", null);
            }
            return;
        }
        if (depth >= maxDepth) {
            throw new MalformedMessageException(vendor, path, "at most " + maxDepth + " levels of nesting", null);
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(vendor, node.get(i), path + "[" + i + "]", depth + 1);
            }
        } else {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                check(vendor, e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), depth + 1);
            }
        }
    }
}
