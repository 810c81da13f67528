package io.parkbridge.protocol.washer.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The log of one of our orders on the platform. */
public record OrderFlowRequest(@NotBlank @Size(max = 64) String orderId) {
}
