package io.parkbridge.protocol.carsafe.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import io.parkbridge.protocol.support.error.MalformedMessageException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Size limits on pushed values, so that an absurd value (a 100 KB id, a 5,000-digit number, deep
 * nesting) is refused as bad input (code 100001) instead of failing later in storage. The
 * document gives no lengths; the limits are generous: 128 characters for the fields that form
 * idempotency keys, 1,024 for other values, none for images and Base64 payloads.
 */
final class InboundLimits {
    static final int ID_MAX = 128;
    static final int VALUE_MAX = 1024;
    static final int DEPTH_MAX = 8;
    static final int ENVELOPE_MAX = 64;

    private static final Set<String> ID_FIELDS = Set.of("cardInId", "chargeSeqNo", "orderNo", "seqNo", "recordId",
            "eventType", "carTariffID", "deviceID", "time", "doorno", "gateFault", "doorStatus", "doorFault",
            "plateNo", "inDate", "outDate", "calcendtime", "inControllerNo", "outControllerNo", "controllerNo",
            "payType", "amount", "discountAmount", "parkcost");

    private InboundLimits() {
    }

    /** Envelope strings: {@code from}, {@code nonce}, {@code sign}, {@code branchno}. */
    static void checkEnvelope(Map<String, String> values) {
        values.forEach((name, value) -> {
            if (value != null && value.length() > ENVELOPE_MAX) {
                throw new MalformedMessageException("carsafe", name, "at most " + ENVELOPE_MAX + " characters", null);
            }
        });
    }

    static void check(JsonNode data) {
        check(data, "data", 0);
    }

    private static void check(JsonNode node, String path, int depth) {
        if (node == null) {
            return;
        }
        if (depth > DEPTH_MAX) {
            throw new MalformedMessageException("carsafe", path, "at most " + DEPTH_MAX + " levels of nesting", null);
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]", depth + 1);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String field = path + "." + e.getKey();
                JsonNode v = e.getValue();
                if (v.isValueNode()) {
                    int max = ID_FIELDS.contains(e.getKey()) ? ID_MAX : large(e.getKey()) ? Integer.MAX_VALUE : VALUE_MAX;
                    if (v.asText().length() > max) {
                        throw new MalformedMessageException("carsafe", field, "at most " + max + " characters", null);
                    }
                } else {
                    check(v, field, depth + 1);
                }
            }
        }
    }

    /** Images and Base64 payloads may be long. */
    private static boolean large(String field) {
        String f = field.toLowerCase(Locale.ROOT);
        return f.contains("img") || f.contains("image") || f.contains("photo") || f.contains("pic")
                || f.contains("pagedata") || f.equals("data") || f.contains("feature");
    }
}
