package io.parkbridge.protocol.washer.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Positive;

/** Opens a water purifier's door, locking it again after {@code delayCloseTime} seconds. */
@JsonPropertyOrder({"iotId", "delayCloseTime"})
public record OpenDoorRequest(@Positive long iotId, @Positive int delayCloseTime) {
}
