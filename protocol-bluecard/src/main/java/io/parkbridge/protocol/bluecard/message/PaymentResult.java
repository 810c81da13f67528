package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.parkbridge.protocol.bluecard.BluecardMoney;
import io.parkbridge.protocol.bluecard.BluecardTime;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * 4.5 支付结果下发 {@code sendPayRes} (us → Bluecard): a payment made on our side.
 *
 * <p>Field names are the document's, unknown fields are ignored, enumerated values stay raw strings.
 */
public final class PaymentResult {
    private PaymentResult() {
    }

    /** Payment result. The table says {@code getTime}, the example {@code getTimes} (L679): both are sent with the same value. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(
        @JsonProperty("parkNumber") @NotBlank String parkNumber,
        @JsonProperty("orderId") @NotBlank String orderId,
        @JsonProperty("plate") @NotNull String plate,
        @JsonProperty("payCharge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") String payCharge,
        @JsonProperty("realCharge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") String realCharge,
        @JsonProperty("payTime") @NotNull @Pattern(regexp = BluecardTime.DATE_TIME_PATTERN, message = "a time yyyy-MM-dd HH:mm:ss") String payTime,
        @JsonProperty("payType") @NotNull String payType,
        @JsonProperty("payChannel") @NotNull String payChannel,
        @JsonProperty("getTime") @NotNull @Pattern(regexp = BluecardTime.DATE_TIME_PATTERN, message = "a time yyyy-MM-dd HH:mm:ss") String getTime,
        @JsonProperty("getTimes") String getTimes,
        @JsonProperty("transactionID") @NotBlank String transactionID,
        @JsonProperty("outTradeNo") @NotBlank String outTradeNo) {
    }

    /** Bluecard's acknowledgement. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Receipt(
        @JsonProperty("transactionID") String transactionID,
        @JsonProperty("orderId") String orderId,
        @JsonProperty("timeStamp") String timeStamp) {
    }
}
