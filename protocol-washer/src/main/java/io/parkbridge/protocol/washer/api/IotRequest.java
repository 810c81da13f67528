package io.parkbridge.protocol.washer.api;

import jakarta.validation.constraints.Positive;

/** A request naming one machine (status, stop, reset, parking status). */
public record IotRequest(@Positive long iotId) {
}
