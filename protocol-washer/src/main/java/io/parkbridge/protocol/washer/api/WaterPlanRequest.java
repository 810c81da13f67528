package io.parkbridge.protocol.washer.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Locks a water purifier for our order: {@code volume} ml (a positive multiple of 100), waiting
 * {@code maxWaitTime} 30-120 s for the button, at {@code programPrice} (fen; the page gives no unit).
 */
@JsonPropertyOrder({"iotId", "volume", "orderId", "maxWaitTime", "programPrice"})
public record WaterPlanRequest(@Positive long iotId, @Positive int volume, @NotBlank @Size(max = 64) String orderId,
        @Min(30) @Max(120) int maxWaitTime, @PositiveOrZero long programPrice) {

    /** The rule of the purifier: water comes in steps of 100 ml. */
    @AssertTrue(message = "volume in ml as a multiple of 100")
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isVolumeMultipleOf100() {
        return volume % 100 == 0;
    }
}
