package io.parkbridge.protocol.washer.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Suspends a wash; {@code maxWaitTime} (seconds, at most 180; the platform's default 60 when
 * null) before the machine resets by itself.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"iotId", "orderId", "maxWaitTime"})
public record PauseRequest(@Positive long iotId, @NotBlank @Size(max = 64) String orderId,
        @Min(1) @Max(180) Integer maxWaitTime) {
}
