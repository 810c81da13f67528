package io.parkbridge.protocol.washer.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;

/** One page (1-based, null for the first) of a machine's fault history, {@code size} at most 20. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"page", "size", "iotId"})
public record ErrorLogRequest(@Min(1) Integer page, @Min(1) @Max(20) Integer size, @Positive long iotId) {
}
