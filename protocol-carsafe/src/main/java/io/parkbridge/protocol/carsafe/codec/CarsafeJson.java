package io.parkbridge.protocol.carsafe.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.parkbridge.core.money.Money;
import io.parkbridge.protocol.support.json.JsonMappers;

/**
 * The JSON configuration of this module: the shared strict settings, plain (never scientific)
 * decimals, and {@link Money} written as a yuan string such as {@code "24.00"}.
 */
public final class CarsafeJson {
    private static final ObjectMapper MAPPER = JsonMappers.baseBuilder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .addModule(new SimpleModule("carsafe-money")
                    .addSerializer(Money.class, new com.fasterxml.jackson.databind.ser.std.StdSerializer<>(Money.class) {
                        private static final long serialVersionUID = 1L;

                        @Override
                        public void serialize(Money value, JsonGenerator gen,
                                com.fasterxml.jackson.databind.SerializerProvider provider) throws java.io.IOException {
                            gen.writeString(value.toYuanString());
                        }
                    })
                    .addDeserializer(Money.class, new YuanDeserializer()))
            .build();

    private CarsafeJson() {
    }

    /** The module's mapper: exact numbers (BigDecimal), plain decimals on output. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Compact JSON text of {@code node}: the exact text that is sent and signed. */
    public static String compact(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("data: expected JSON-serialisable values", e);
        }
    }

    /** A JSON string literal for {@code s} ({@code null} for null). */
    public static String quote(String s) {
        try {
            return MAPPER.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a yuan amount (string or number, exactly) into Money. */
    static final class YuanDeserializer extends com.fasterxml.jackson.databind.deser.std.StdDeserializer<Money> {
        private static final long serialVersionUID = 1L;

        YuanDeserializer() {
            super(Money.class);
        }

        @Override
        public Money deserialize(com.fasterxml.jackson.core.JsonParser p,
                com.fasterxml.jackson.databind.DeserializationContext ctxt) throws java.io.IOException {
            JsonNode node = ctxt.readTree(p);
            return CarsafeAmounts.read(node, MoneyUnit.YUAN, p.currentName());
        }
    }
}
