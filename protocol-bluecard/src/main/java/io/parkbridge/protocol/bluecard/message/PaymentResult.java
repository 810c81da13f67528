package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.parkbridge.protocol.bluecard.BluecardMoney;
import io.parkbridge.protocol.bluecard.BluecardTime;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

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
        @JsonProperty("parkNumber") @NotBlank @Size(max = 64, message = "at most 64 characters") String parkNumber,
        @JsonProperty("orderId") @NotBlank @Size(max = 64, message = "at most 64 characters") String orderId,
        @JsonProperty("plate") @NotNull @Size(max = 256, message = "at most 256 characters") String plate,
        @JsonProperty("payCharge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") @Size(max = 256, message = "at most 256 characters") String payCharge,
        @JsonProperty("realCharge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") @Size(max = 256, message = "at most 256 characters") String realCharge,
        @JsonProperty("payTime") @NotNull @Pattern(regexp = BluecardTime.DATE_TIME_PATTERN, message = "a time yyyy-MM-dd HH:mm:ss") @Size(max = 256, message = "at most 256 characters") String payTime,
        @JsonProperty("payType") @NotNull @Size(max = 256, message = "at most 256 characters") String payType,
        @JsonProperty("payChannel") @NotNull @Size(max = 256, message = "at most 256 characters") String payChannel,
        @JsonProperty("getTime") @NotNull @Pattern(regexp = BluecardTime.DATE_TIME_PATTERN, message = "a time yyyy-MM-dd HH:mm:ss") @Size(max = 256, message = "at most 256 characters") String getTime,
        @JsonProperty("getTimes") @Size(max = 256, message = "at most 256 characters") String getTimes,
        @JsonProperty("transactionID") @NotBlank @Size(max = 64, message = "at most 64 characters") String transactionID,
        @JsonProperty("outTradeNo") @NotBlank @Size(max = 64, message = "at most 64 characters") String outTradeNo) {
    }

    /** Bluecard's acknowledgement. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Receipt(
        @JsonProperty("transactionID") @Size(max = 64, message = "at most 64 characters") String transactionID,
        @JsonProperty("orderId") @Size(max = 64, message = "at most 64 characters") String orderId,
        @JsonProperty("timeStamp") @Size(max = 32, message = "at most 32 characters") String timeStamp) {
    }
}
