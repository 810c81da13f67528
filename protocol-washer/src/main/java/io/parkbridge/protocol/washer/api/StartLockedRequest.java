package io.parkbridge.protocol.washer.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Starts a locked rollover 3 washer for the order it was locked with, optionally with obstacle marking. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"iotId", "orderId", "obstacleMark"})
public record StartLockedRequest(@Positive long iotId, @NotBlank @Size(max = 64) String orderId,
        @Pattern(regexp = "[01]{3}") String obstacleMark) {
}
