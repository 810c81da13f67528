package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.parkbridge.protocol.bluecard.BluecardMoney;
import io.parkbridge.protocol.bluecard.BluecardTime;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * 4.13 出场前算费请求 (Bluecard → us): the exit camera fired; we may compute the fee ourselves.
 *
 * <p>Field names are the document's, unknown fields are ignored, enumerated values stay raw strings.
 */
public final class PreExitFee {
    private PreExitFee() {
    }

    /** The park's view of the stay. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(
        @JsonProperty("parkNumber") @NotBlank String parkNumber,
        @JsonProperty("plate") @NotNull String plate,
        @JsonProperty("orderId") @NotBlank String orderId,
        @JsonProperty("charge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") String charge,
        @JsonProperty("onLineCharge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") String onLineCharge,
        @JsonProperty("offLineCharge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") String offLineCharge,
        @JsonProperty("profitCharge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") String profitCharge,
        @JsonProperty("profitTime") @NotNull @Pattern(regexp = "-?[0-9]{1,15}", message = "a whole number") String profitTime,
        @JsonProperty("payCharge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") String payCharge,
        @JsonProperty("outTradeNo") @NotNull String outTradeNo,
        @JsonProperty("userType") @NotNull String userType,
        @JsonProperty("value") String value,
        @JsonProperty("memo") String memo,
        @JsonProperty("inTime") @Pattern(regexp = "(|" + BluecardTime.DATE_TIME_PATTERN + ")", message = "a time yyyy-MM-dd HH:mm:ss or empty") String inTime,
        @JsonProperty("outTime") @NotNull @Pattern(regexp = BluecardTime.DATE_TIME_PATTERN, message = "a time yyyy-MM-dd HH:mm:ss") String outTime,
        @JsonProperty("inImage") String inImage,
        @JsonProperty("outImage") String outImage,
        @JsonProperty("inChannel") String inChannel,
        @JsonProperty("outChannel") String outChannel) {
    }

    /** Our answer: receivable, already paid, how, and the deductions. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Answer(
        @JsonProperty("payCharge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") String payCharge,
        @JsonProperty("realCharge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") String realCharge,
        @JsonProperty("payKind") @NotNull String payKind,
        @JsonProperty("timeStamp") String timeStamp,
        @JsonProperty("chargeList") @NotNull List<ExitRecords.@Valid ChargeItem> chargeList) {
    }
}
