package io.parkbridge.protocol.welink.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.parkbridge.core.money.InvalidAmountException;
import io.parkbridge.core.money.Money;
import io.parkbridge.protocol.support.json.JsonMappers;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The JSON mapping of WeLink business content, built on the shared {@link JsonMappers} settings:
 * ids are {@code long} read from a JSON number or a digit string without passing through
 * {@code double} (they exceed 2^53); money is {@link Money} in the configured {@link MoneyUnit};
 * booleans also accept 0/1 and "true"/"false" (the {@code *Valid} fields are typed int but
 * printed true); absent optional fields are not written; a repeated key is tolerated (last wins),
 * because the document's own examples repeat {@code tradeNo}.
 */
public final class WeLinkJson {
    private WeLinkJson() {
    }

    /** A mapper for money in {@code unit}. Thread-safe once built. */
    public static ObjectMapper mapper(MoneyUnit unit) {
        Objects.requireNonNull(unit, "unit");
        SimpleModule module = new SimpleModule("welink");
        module.addDeserializer(Long.class, new IdDeserializer());
        module.addDeserializer(long.class, new IdDeserializer());
        module.addDeserializer(Boolean.class, new FlexibleBooleanDeserializer());
        module.addDeserializer(Money.class, new MoneyDeserializer(unit));
        module.addSerializer(Money.class, new MoneySerializer(unit));
        return JsonMappers.baseBuilder()
                .addModule(module)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                // The document's own replies repeat keys (tradeNo twice in 5.7.2/5.8.1/5.8.2): the last one wins.
                .disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                // 10 yuan goes out as 10, never 1E+1 (trees would otherwise normalise decimals)
                .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
    }

    /** Exact long from a JSON integer or a string of digits; anything else is an error naming the field. */
    static final class IdDeserializer extends JsonDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NUMBER_INT) {
                try {
                    return p.getLongValue();
                } catch (IOException tooBig) {
                    return (Long) ctxt.handleWeirdNumberValue(Long.class, p.getBigIntegerValue(),
                            "expected an integer that fits a 64-bit long");
                }
            }
            if (t == JsonToken.VALUE_STRING) {
                String s = p.getText().strip();
                if (s.isEmpty()) {
                    return null;
                }
                try {
                    return Long.parseLong(s);
                } catch (NumberFormatException e) {
                    return (Long) ctxt.handleWeirdStringValue(Long.class, s, "expected an integer id");
                }
            }
            return (Long) ctxt.handleUnexpectedToken(Long.class, p);
        }
    }

    /** true/false, 1/0, "true"/"false"/"1"/"0". */
    static final class FlexibleBooleanDeserializer extends JsonDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_TRUE) {
                return Boolean.TRUE;
            }
            if (t == JsonToken.VALUE_FALSE) {
                return Boolean.FALSE;
            }
            String s = p.getText().strip();
            if (s.equals("1") || s.equalsIgnoreCase("true")) {
                return Boolean.TRUE;
            }
            if (s.equals("0") || s.equalsIgnoreCase("false")) {
                return Boolean.FALSE;
            }
            return (Boolean) ctxt.handleWeirdStringValue(Boolean.class, s, "expected true/false or 1/0");
        }
    }

    /** Exact money from a JSON number (read as BigDecimal) or a numeric string. */
    static final class MoneyDeserializer extends JsonDeserializer<Money> {
        private final MoneyUnit unit;

        MoneyDeserializer(MoneyUnit unit) {
            this.unit = unit;
        }

        @Override
        public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            BigDecimal amount;
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                amount = p.getDecimalValue();
            } else if (t == JsonToken.VALUE_STRING) {
                String s = p.getText().strip();
                if (s.isEmpty()) {
                    return null;
                }
                try {
                    amount = new BigDecimal(s);
                } catch (NumberFormatException e) {
                    return (Money) ctxt.handleWeirdStringValue(Money.class, s, "expected an amount in " + unit);
                }
            } else {
                return (Money) ctxt.handleUnexpectedToken(Money.class, p);
            }
            try {
                return unit.toMoney(amount);
            } catch (InvalidAmountException e) {
                return (Money) ctxt.handleWeirdNumberValue(Money.class, amount,
                        unit == MoneyUnit.YUAN ? "expected yuan with at most 2 decimals" : "expected a whole number of fen");
            }
        }
    }

    /** Money as a JSON number in the configured unit. */
    static final class MoneySerializer extends JsonSerializer<Money> {
        private final MoneyUnit unit;

        MoneySerializer(MoneyUnit unit) {
            this.unit = unit;
        }

        @Override
        public void serialize(Money value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeNumber(unit.toWire(value));
        }
    }
}
