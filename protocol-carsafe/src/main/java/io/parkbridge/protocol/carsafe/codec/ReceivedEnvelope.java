package io.parkbridge.protocol.carsafe.codec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.parkbridge.protocol.support.error.MalformedMessageException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A request envelope as received: the header strings, and {@code data} both as the exact text
 * that arrived (for signature verification) and parsed.
 *
 * @param from sender id
 * @param sign the sender's signature
 * @param nonce nonce as sent (a number is taken as its text)
 * @param branchno car-park number, may be null
 * @param timestamp as sent
 * @param rawData the data value's exact text on the wire, "" if absent
 * @param data the parsed data ({@link NullNode} if absent)
 */
public record ReceivedEnvelope(String from, String sign, String nonce, String branchno, String timestamp,
        String rawData, JsonNode data) {
    private static final String VENDOR = "carsafe";

    /** Parses {@code body}, keeping the data bytes exactly as received. */
    public static ReceivedEnvelope parse(byte[] body) {
        String from = null;
        String sign = null;
        String nonce = null;
        String branchno = null;
        String timestamp = null;
        String rawData = "";
        try (JsonParser p = CarsafeJson.mapper().getFactory().createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedMessageException(VENDOR, "", "a JSON object envelope", null);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                switch (name) {
                    case "data" -> {
                        long start = p.currentTokenLocation().getByteOffset();
                        p.skipChildren();
                        long end = p.currentLocation().getByteOffset();
                        rawData = new String(body, (int) start, (int) (end - start), StandardCharsets.UTF_8);
                    }
                    case "from" -> from = scalar(p, t, name);
                    case "sign" -> sign = scalar(p, t, name);
                    case "nonce" -> nonce = scalar(p, t, name);
                    case "branchno" -> branchno = scalar(p, t, name);
                    case "timestamp" -> timestamp = scalar(p, t, name);
                    default -> p.skipChildren();
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw new MalformedMessageException(VENDOR, "", "one JSON object envelope", null);
            }
        } catch (IOException e) {
            throw new MalformedMessageException(VENDOR, "", "a JSON envelope {from, sign, nonce, timestamp, data}", e);
        }
        JsonNode data;
        try {
            data = rawData.isEmpty() ? NullNode.getInstance() : CarsafeJson.mapper().readTree(rawData);
        } catch (IOException e) {
            throw new MalformedMessageException(VENDOR, "data", "JSON", e);
        }
        return new ReceivedEnvelope(from, sign, nonce, branchno, timestamp, rawData, data);
    }

    private static String scalar(JsonParser p, JsonToken t, String name) throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (!t.isScalarValue()) {
            throw new MalformedMessageException(VENDOR, name, "a string", null);
        }
        return p.getText();
    }

    @Override
    public String toString() {
        return "ReceivedEnvelope[from=" + from + ", nonce=" + nonce + ", branchno=" + branchno + ", timestamp="
                + timestamp + ", data=" + rawData.length() + " chars]";
    }
}
