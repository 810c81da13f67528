package io.parkbridge.adapter.http.json;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.parkbridge.core.event.DomainEvent;
import io.parkbridge.core.money.Money;
import io.parkbridge.core.plate.Plate;
import io.parkbridge.core.plate.PlateColor;
import io.parkbridge.core.plate.PlateKind;
import io.parkbridge.protocol.support.json.JsonMappers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The JSON form of core {@link DomainEvent}s, used in the inbox and by the webhook forwarder.
 *
 * <p>Each event is an object with {@code "eventType"} (the record's simple name, e.g.
 * {@code "VehicleEntered"}) and its fields; money is a yuan string ({@code "12.50"}, exact),
 * instants are ISO-8601 UTC strings ({@link Instant#toString()}), plates are {@code {"number","kind","color"}}.
 */
public final class EventJson {
    /** The discriminator property. */
    public static final String TYPE_PROPERTY = "eventType";

    private static final ObjectMapper MAPPER = build();

    private EventJson() {
    }

    /** The shared mapper (events, money, plates, java.time). Thread-safe; do not reconfigure. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(DomainEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DomainEvent read(String json) {
        try {
            return MAPPER.readValue(json, DomainEvent.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The discriminator value for an event, e.g. "VehicleEntered". */
    public static String typeName(DomainEvent event) {
        return event.getClass().getSimpleName();
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = TYPE_PROPERTY)
    private interface DomainEventMixin {
    }

    private static ObjectMapper build() {
        SimpleModule module = new SimpleModule("parkbridge-core");
        module.addSerializer(Money.class, new JsonSerializer<>() {
            @Override
            public void serialize(Money value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(value.toYuanString());
            }
        });
        module.addDeserializer(Money.class, new JsonDeserializer<>() {
            @Override
            public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return Money.parseYuan(p.getValueAsString());
            }
        });
        module.addSerializer(Instant.class, new JsonSerializer<>() {
            @Override
            public void serialize(Instant value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                char[] text = new char[IsoInstant.MAX_LENGTH];
                int length = IsoInstant.write(value, text);
                if (length < 0) {
                    gen.writeString(value.toString());
                } else {
                    gen.writeString(text, 0, length);
                }
            }
        });
        module.addSerializer(Plate.class, new JsonSerializer<>() {
            @Override
            public void serialize(Plate value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeStartObject();
                gen.writeStringField("number", value.number());
                gen.writeStringField("kind", value.kind().name());
                gen.writeStringField("color", value.color().name());
                gen.writeEndObject();
            }
        });
        module.addDeserializer(Plate.class, new JsonDeserializer<>() {
            @Override
            public Plate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                JsonNode n = ctxt.readTree(p);
                return new Plate(n.path("number").asText(), PlateKind.valueOf(n.path("kind").asText()),
                        PlateColor.valueOf(n.path("color").asText("UNKNOWN")));
            }
        });
        ObjectMapper mapper = JsonMappers.baseBuilder()
                .addModule(new JavaTimeModule())
                .addModule(module)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .addMixIn(DomainEvent.class, DomainEventMixin.class)
                .build();
        for (Class<?> type : DomainEvent.class.getPermittedSubclasses()) {
            mapper.registerSubtypes(new NamedType(type, type.getSimpleName()));
        }
        return mapper;
    }
}
