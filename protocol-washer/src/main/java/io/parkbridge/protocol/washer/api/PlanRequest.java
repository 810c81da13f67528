package io.parkbridge.protocol.washer.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A wash plan: scheme {@code mark} 1-3 for our order (lock, lock and start, send program).
 * {@code obstacleMark} ("000"-"111": bumper, roof rack, spare tyre rack) only where the page lists
 * it; null leaves it out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"iotId", "mark", "orderId", "obstacleMark"})
public record PlanRequest(@Positive long iotId, @Min(1) @Max(3) int mark, @NotBlank @Size(max = 64) String orderId,
        @Pattern(regexp = "[01]{3}") String obstacleMark) {

    /** A plan without obstacle marking. */
    public PlanRequest(long iotId, int mark, String orderId) {
        this(iotId, mark, orderId, null);
    }
}
