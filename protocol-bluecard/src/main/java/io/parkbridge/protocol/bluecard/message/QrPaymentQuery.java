package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.parkbridge.protocol.bluecard.BluecardMoney;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * 4.17 二维码支付结果查询 (Bluecard → us): was the QR code of 4.16 paid?
 *
 * <p>Field names are the document's, unknown fields are ignored, enumerated values stay raw strings.
 */
public final class QrPaymentQuery {
    private QrPaymentQuery() {
    }

    /** The order asked about. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(
        @JsonProperty("parkNumber") @NotBlank @Size(max = 64, message = "at most 64 characters") String parkNumber,
        @JsonProperty("outTradeNo") @NotBlank @Size(max = 64, message = "at most 64 characters") String outTradeNo) {
    }

    /** The payment, when paid. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Answer(
        @JsonProperty("timeStamp") @NotNull @Size(max = 32, message = "at most 32 characters") String timeStamp,
        @JsonProperty("outTradeNo") @NotNull @Size(max = 64, message = "at most 64 characters") String outTradeNo,
        @JsonProperty("payType") @NotNull @Size(max = 256, message = "at most 256 characters") String payType,
        @JsonProperty("totalFee") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") @Size(max = 256, message = "at most 256 characters") String totalFee,
        @JsonProperty("tradeNo") @NotNull @Size(max = 64, message = "at most 64 characters") String tradeNo,
        @JsonProperty("userId") @Size(max = 256, message = "at most 256 characters") String userId,
        @JsonProperty("plate") @NotNull @Size(max = 256, message = "at most 256 characters") String plate) {
    }
}
