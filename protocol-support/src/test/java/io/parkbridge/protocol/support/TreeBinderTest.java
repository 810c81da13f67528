package io.parkbridge.protocol.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parkbridge.protocol.support.json.JsonMappers;
import io.parkbridge.protocol.support.json.TreeBinder;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** TreeBinder must bind and fail exactly as ObjectMapper.treeToValue does on the same trees. */
class TreeBinderTest {
    private final ObjectMapper mapper = JsonMappers.strict();
    private final TreeBinder binder = new TreeBinder(mapper);

    record Item(String name, Integer count, java.math.BigDecimal amount, List<Part> parts) {
    }

    record Part(String code, Long size) {
    }

    @Test
    void bindsWhatTreeToValueBinds() throws Exception {
        JsonNode node = mapper.readTree("{\"name\":\"a\",\"count\":2,\"amount\":0.10,\"extra\":[1],"
                + "\"parts\":[{\"code\":\"x\",\"size\":9007199254740993}]}");
        Item bound = binder.bind(node, Item.class);
        assertThat(bound).isEqualTo(mapper.treeToValue(node, Item.class));
        assertThat(binder.bind(node, Item.class)).isEqualTo(bound); // the kept reader binds again
    }

    @Test
    void aNullNodeBindsToNullAsWithTreeToValue() throws Exception {
        JsonNode node = mapper.readTree("[null]").get(0);
        assertThat(mapper.treeToValue(node, Item.class)).isNull();
        assertThat(binder.bind(node, Item.class)).isNull();
    }

    @Test
    void failsWithTheSameExceptionTypeMessageAndPath() throws Exception {
        for (String json : List.of("{\"count\":\"many\"}", "{\"parts\":[{\"size\":\"big\"}]}", "{\"parts\":7}", "[1]",
                "\"text\"", "{\"amount\":{}}")) {
            JsonNode node = mapper.readTree(json);
            Throwable expected = catchThrowable(() -> mapper.treeToValue(node, Item.class));
            Throwable actual = catchThrowable(() -> binder.bind(node, Item.class));
            assertThat(expected).as(json).isInstanceOf(JsonMappingException.class);
            assertThat(actual).as(json).isExactlyInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
            assertThat(path((JsonMappingException) actual)).as(json).isEqualTo(path((JsonMappingException) expected));
        }
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
