package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 4.25 当面付结果轮询 (Bluecard → us): polled every second for 5 minutes after USERPAYING; answer {@link FacePay.PayContent}.
 *
 * <p>Field names are the document's, unknown fields are ignored, enumerated values stay raw strings.
 */
public final class FacePayPoll {
    private FacePayPoll() {
    }

    /** The order polled. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(
        @JsonProperty("parkNumber") @NotBlank @Size(max = 64, message = "at most 64 characters") String parkNumber,
        @JsonProperty("outTradeNo") @NotBlank @Size(max = 64, message = "at most 64 characters") String outTradeNo,
        @JsonProperty("plate") @NotNull @Size(max = 256, message = "at most 256 characters") String plate,
        @JsonProperty("orderId") @NotNull @Size(max = 64, message = "at most 64 characters") String orderId) {
    }
}
