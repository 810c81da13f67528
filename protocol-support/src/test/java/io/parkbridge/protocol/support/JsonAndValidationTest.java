package io.parkbridge.protocol.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.parkbridge.protocol.support.error.MalformedMessageException;
import io.parkbridge.protocol.support.json.JsonMappers;
import io.parkbridge.protocol.support.validation.MessageValidator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonAndValidationTest {

    record Sample(@NotBlank String cardNum, @Min(1) @Max(3) int mark) {
    }

    @Test
    void numbersNeverPassThroughDouble() throws Exception {
        JsonNode n = JsonMappers.strict().readTree("{\"amount\":0.1,\"id\":9007199254740993}");
        assertThat(n.get("amount").decimalValue()).isEqualTo(new BigDecimal("0.1"));
        assertThat(n.get("id").isLong()).isTrue();
        assertThat(n.get("id").longValue()).isEqualTo(9007199254740993L);
    }

    @Test
    void strictRejectsTrailingCommasThatLenientAccepts() throws Exception {
        String body = "{\"a\":1,}";
        assertThatThrownBy(() -> JsonMappers.strict().readTree(body)).isInstanceOf(JsonProcessingException.class);
        assertThat(JsonMappers.lenient().readTree(body).get("a").asInt()).isEqualTo(1);
    }

    @Test
    void unknownFieldsAreToleratedAndOutputIsCompact() throws Exception {
        Sample s = JsonMappers.strict().readValue("{\"cardNum\":\"1\",\"mark\":2,\"extra\":true}", Sample.class);
        assertThat(s.mark()).isEqualTo(2);
        assertThat(JsonMappers.strict().writeValueAsString(Map.of("k", 1))).isEqualTo("{\"k\":1}");
    }

    @Test
    void duplicateKeysAreRejected() {
        assertThatThrownBy(() -> JsonMappers.strict().readTree("{\"a\":1,\"a\":2}"))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void validationNamesTheFieldButNotTheValue() {
        assertThat(MessageValidator.requireValid("washer", new Sample("6222", 2))).isNotNull();
        assertThatThrownBy(() -> MessageValidator.requireValid("washer", new Sample("6222021234", 7)))
                .isInstanceOf(MalformedMessageException.class)
                .hasMessageContaining("mark")
                .hasMessageNotContaining("6222021234")
                .satisfies(e -> assertThat(((MalformedMessageException) e).field()).isEqualTo("mark"));
    }
}
