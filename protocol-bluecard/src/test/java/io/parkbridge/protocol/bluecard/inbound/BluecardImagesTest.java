package io.parkbridge.protocol.bluecard.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parkbridge.protocol.support.error.MalformedMessageException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BluecardImagesTest {
    @Test
    void plusTurnedIntoSpaceOnTheWayIsRepaired() {
        // Base64 of bytes fb ff fe contains '+' and '/': "+//+"
        byte[] expected = java.util.Base64.getDecoder().decode("+//+");
        assertThat(BluecardImages.decode(" // ")).isEqualTo(expected);
        assertThat(BluecardImages.decode("aGVsbG8=")).isEqualTo("hello".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void notBase64IsRefusedNamingTheField() {
        assertThatThrownBy(() -> BluecardImages.decode("***")).isInstanceOf(MalformedMessageException.class)
                .hasMessageContaining("image");
    }
}
