package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 4.26 当面付订单撤销 (Bluecard → us): polling timed out, cancel the order.
 *
 * <p>Field names are the document's, unknown fields are ignored, enumerated values stay raw strings.
 */
public final class FacePayCancel {
    private FacePayCancel() {
    }

    /** The order to cancel. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(
        @JsonProperty("parkNumber") @NotBlank @Size(max = 64, message = "at most 64 characters") String parkNumber,
        @JsonProperty("outTradeNo") @NotBlank @Size(max = 64, message = "at most 64 characters") String outTradeNo,
        @JsonProperty("plate") @NotNull @Size(max = 256, message = "at most 256 characters") String plate,
        @JsonProperty("orderId") @NotNull @Size(max = 64, message = "at most 64 characters") String orderId) {
    }
}
