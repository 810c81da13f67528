package io.parkbridge.protocol.carsafe.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.parkbridge.protocol.support.error.MalformedMessageException;
import java.io.IOException;

/**
 * The response envelope (5.2): {@code status} decides success (not {@code code}: 6.70 answers
 * code 700 with status true).
 *
 * @param status true on success
 * @param message result text or failure reason, may be null
 * @param code the status code as text ("200", "500", "700", "100003"...), may be empty
 * @param data the payload ({@link NullNode} if absent)
 * @param rowIndex 0-based start row or chunk index (0 if absent)
 * @param total record or chunk count (0 if absent)
 * @param time server time text, may be null
 */
public record CarsafeResponse(boolean status, String message, String code, JsonNode data, long rowIndex, long total,
        String time) {
    private static final String VENDOR = "carsafe";

    public CarsafeResponse {
        code = code == null ? "" : code;
        data = data == null ? NullNode.getInstance() : data;
    }

    /** Parses a standard response envelope. */
    public static CarsafeResponse parse(byte[] body) {
        JsonNode root;
        try {
            root = CarsafeJson.mapper().readTree(body);
        } catch (IOException e) {
            throw new MalformedMessageException(VENDOR, "", "a JSON response envelope", e);
        }
        if (root == null || !root.isObject()) {
            throw new MalformedMessageException(VENDOR, "", "a JSON object response envelope", null);
        }
        JsonNode status = root.get("status");
        if (status == null || status.isNull()) {
            throw new MalformedMessageException(VENDOR, "status", "true or false", null);
        }
        return new CarsafeResponse(bool(status), text(root.get("message")), text(root.get("code")),
                root.get("data"), number(root.get("rowindex"), "rowindex"), number(root.get("total"), "total"),
                text(root.get("time")));
    }

    /** A reply for a bare (non-envelope) interface: success if HTTP was 2xx, the body as data. */
    public static CarsafeResponse bare(JsonNode body) {
        return new CarsafeResponse(true, null, "", body, 0, 0, null);
    }

    /** Reads the document's booleans: JSON true, "true"/"True", "1". */
    static boolean bool(JsonNode n) {
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        String s = n.asText().strip();
        if (s.equalsIgnoreCase("true") || s.equals("1")) {
            return true;
        }
        if (s.equalsIgnoreCase("false") || s.equals("0")) {
            return false;
        }
        throw new MalformedMessageException(VENDOR, "status", "true or false", null);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static long number(JsonNode n, String field) {
        if (n == null || n.isNull() || n.asText().isBlank()) {
            return 0;
        }
        if (n.canConvertToLong() && n.isIntegralNumber()) {
            return n.longValue();
        }
        try {
            return Long.parseLong(n.asText().strip());
        } catch (NumberFormatException e) {
            throw new MalformedMessageException(VENDOR, field, "a whole number", null);
        }
    }

    /** The response body we produce when the vendor calls us (the shape of lines 10166 and 10441). */
    public static String toJson(boolean status, String message, int code, String dataJson, String time) {
        return "{\"status\":" + status + ",\"message\":" + CarsafeJson.quote(message) + ",\"code\":" + code
                + ",\"data\":" + (dataJson == null ? "null" : dataJson) + ",\"rowindex\":0,\"total\":0,\"time\":"
                + CarsafeJson.quote(time) + "}";
    }
}
