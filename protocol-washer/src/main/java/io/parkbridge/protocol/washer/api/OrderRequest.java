package io.parkbridge.protocol.washer.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A request naming a machine and our order (start, continue, suspend, reset, unlock, close). */
@JsonPropertyOrder({"iotId", "orderId"})
public record OrderRequest(@Positive long iotId, @NotBlank @Size(max = 64) String orderId) {
}
