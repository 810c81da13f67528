package io.parkbridge.protocol.welink.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PercentEncodingTest {
    @Test
    void escapesAreUpperCaseAndUtf8() {
        assertThat(PercentEncoding.encode("粤B 1/+=~")).isEqualTo("%E7%B2%A4B%201%2F%2B%3D~");
    }

    @Test
    void parseReversesJoinAndAcceptsLowerCaseEscapesAndPlus() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("content", "ab+/=");
        p.put("plate", "粤B871UY");
        p.put("empty", "");
        assertThat(PercentEncoding.parse(PercentEncoding.join(p))).isEqualTo(p);
        assertThat(PercentEncoding.parse("a=%3d%3D&b=x+y")).containsExactly(Map.entry("a", "=="), Map.entry("b", "x y"));
    }

    @Test
    void brokenInputIsRejectedWithTheReason() {
        assertThatThrownBy(() -> PercentEncoding.parse("a=%G1")).hasMessageContaining("hex");
        assertThatThrownBy(() -> PercentEncoding.parse("a=1&a=2")).hasMessageContaining("a: expected once");
    }
}
