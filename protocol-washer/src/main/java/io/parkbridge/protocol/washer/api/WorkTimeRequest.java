package io.parkbridge.protocol.washer.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Positive;

/** How many times a machine was started ({@code iotId} optional on the page). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WorkTimeRequest(@Positive Long iotId) {
}
