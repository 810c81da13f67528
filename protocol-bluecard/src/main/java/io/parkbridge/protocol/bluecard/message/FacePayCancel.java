package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

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
        @JsonProperty("parkNumber") @NotBlank String parkNumber,
        @JsonProperty("outTradeNo") @NotBlank String outTradeNo,
        @JsonProperty("plate") @NotNull String plate,
        @JsonProperty("orderId") @NotNull String orderId) {
    }
}
