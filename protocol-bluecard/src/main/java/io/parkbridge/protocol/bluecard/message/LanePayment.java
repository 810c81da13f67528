package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.parkbridge.protocol.bluecard.BluecardMoney;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * 4.27 第三方支付 (Bluecard → us): the driver chose our payment on the lane code page; answer success and Bluecard lifts the barrier.
 *
 * <p>Field names are the document's, unknown fields are ignored, enumerated values stay raw strings.
 */
public final class LanePayment {
    private LanePayment() {
    }

    /** What to collect; {@code plateID} is URL-encoded (L1976). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(
        @JsonProperty("parkNumber") @NotBlank @Size(max = 64, message = "at most 64 characters") String parkNumber,
        @JsonProperty("plateID") @NotNull @Size(max = 256, message = "at most 256 characters") String plateID,
        @JsonProperty("payCharge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") @Size(max = 256, message = "at most 256 characters") String payCharge,
        @JsonProperty("outTradeNo") @NotBlank @Size(max = 64, message = "at most 64 characters") String outTradeNo) {
    }
}
