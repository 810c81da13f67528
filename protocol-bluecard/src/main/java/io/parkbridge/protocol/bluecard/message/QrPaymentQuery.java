package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.parkbridge.protocol.bluecard.BluecardMoney;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

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
        @JsonProperty("parkNumber") @NotBlank String parkNumber,
        @JsonProperty("outTradeNo") @NotBlank String outTradeNo) {
    }

    /** The payment, when paid. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Answer(
        @JsonProperty("timeStamp") @NotNull String timeStamp,
        @JsonProperty("outTradeNo") @NotNull String outTradeNo,
        @JsonProperty("payType") @NotNull String payType,
        @JsonProperty("totalFee") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") String totalFee,
        @JsonProperty("tradeNo") @NotNull String tradeNo,
        @JsonProperty("userId") String userId,
        @JsonProperty("plate") @NotNull String plate) {
    }
}
