package io.parkbridge.protocol.support;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parkbridge.protocol.support.error.MalformedMessageException;
import io.parkbridge.protocol.support.json.JsonLimits;
import io.parkbridge.protocol.support.json.JsonMappers;
import org.junit.jupiter.api.Test;

class JsonLimitsTest {
    private final JsonLimits limits = new JsonLimits(8, 3);

    @Test
    void acceptsDocumentsWithinTheLimits() throws Exception {
        assertThatCode(() -> limits.check("v", JsonMappers.strict().readTree("{\"a\":\"12345678\",\"b\":[1,{\"c\":2}]}")))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesALongValueNamingItsField() throws Exception {
        assertThatThrownBy(() -> limits.check("v", JsonMappers.strict().readTree("{\"a\":{\"id\":\"123456789\"}}")))
                .isInstanceOf(MalformedMessageException.class)
                .hasMessage("v: a.id: expected at most 8 characters");
    }

    @Test
    void refusesHugeNumbersAndDeepNesting() throws Exception {
        assertThatThrownBy(() -> limits.check("v", JsonMappers.strict().readTree("{\"n\":1234567890123}")))
                .hasMessageContaining("n: expected at most 8 characters");
        assertThatThrownBy(() -> limits.check("v", JsonMappers.strict().readTree("{\"a\":[[{\"b\":1}]]}")))
                .hasMessageContaining("a[0][0]: expected at most 3 levels of nesting");
    }
}
