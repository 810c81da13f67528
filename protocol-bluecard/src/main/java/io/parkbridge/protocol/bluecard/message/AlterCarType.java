package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.parkbridge.protocol.bluecard.BluecardMoney;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * 4.12 调整在场车辆类型 {@code alterCarType} (us → Bluecard). DEPRECATED since v2.3.3; kept for old parks.
 *
 * <p>Field names are the document's, unknown fields are ignored, enumerated values stay raw strings.
 */
public final class AlterCarType {
    private AlterCarType() {
    }

    /** Adjust the type of a vehicle in the park; {@code userType} 0/3/5/6/7/8, {@code value} yuan. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(
        @JsonProperty("parkNumber") @NotBlank @Size(max = 64, message = "at most 64 characters") String parkNumber,
        @JsonProperty("plate") @NotNull @Size(max = 256, message = "at most 256 characters") String plate,
        @JsonProperty("orderId") @NotBlank @Size(max = 64, message = "at most 64 characters") String orderId,
        @JsonProperty("userType") @NotNull @Size(max = 256, message = "at most 256 characters") String userType,
        @JsonProperty("value") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") @Size(max = 256, message = "at most 256 characters") String value) {
    }
}
