package io.parkbridge.protocol.washer.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Opens a self-service washer 2 for {@code washerTime} minutes. */
@JsonPropertyOrder({"iotId", "washerTime", "orderId"})
public record SelfServiceStartRequest(@Positive long iotId, @Positive int washerTime,
        @NotBlank @Size(max = 64) String orderId) {
}
