package io.parkbridge.protocol.support.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one JSON configuration every vendor module uses.
 *
 * <p>Unknown fields are tolerated (vendors add fields), floating-point numbers are read as
 * {@link java.math.BigDecimal} so money never passes through {@code double}, integers that do
 * not fit an {@code int} become {@code long}, and output is compact (vendors sign the exact bytes).
 */
public final class JsonMappers {
    private static final ObjectMapper STRICT = baseBuilder().build();
    private static final ObjectMapper LENIENT = baseBuilder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();

    private JsonMappers() {
    }

    /** Strict JSON, tolerant of unknown fields. Shared and thread-safe: do not reconfigure. */
    public static ObjectMapper strict() {
        return STRICT;
    }

    /**
     * Also accepts trailing commas, single quotes, unquoted names and comments, for vendors whose
     * own documented examples are not strict JSON. Use only where a spec requires it.
     */
    public static ObjectMapper lenient() {
        return LENIENT;
    }

    /** A builder with the shared settings, for a module that needs one more tweak. */
    public static JsonMapper.Builder baseBuilder() {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.USE_LONG_FOR_INTS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(SerializationFeature.INDENT_OUTPUT);
    }
}
