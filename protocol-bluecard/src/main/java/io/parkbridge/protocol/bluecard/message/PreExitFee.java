package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.parkbridge.protocol.bluecard.BluecardMoney;
import io.parkbridge.protocol.bluecard.BluecardTime;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
        @JsonProperty("parkNumber") @NotBlank @Size(max = 64, message = "at most 64 characters") String parkNumber,
        @JsonProperty("plate") @NotNull @Size(max = 256, message = "at most 256 characters") String plate,
        @JsonProperty("orderId") @NotBlank @Size(max = 64, message = "at most 64 characters") String orderId,
        @JsonProperty("charge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") @Size(max = 256, message = "at most 256 characters") String charge,
        @JsonProperty("onLineCharge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") @Size(max = 256, message = "at most 256 characters") String onLineCharge,
        @JsonProperty("offLineCharge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") @Size(max = 256, message = "at most 256 characters") String offLineCharge,
        @JsonProperty("profitCharge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") @Size(max = 256, message = "at most 256 characters") String profitCharge,
        @JsonProperty("profitTime") @NotNull @Pattern(regexp = "-?[0-9]{1,15}", message = "a whole number") @Size(max = 256, message = "at most 256 characters") String profitTime,
        @JsonProperty("payCharge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") @Size(max = 256, message = "at most 256 characters") String payCharge,
        @JsonProperty("outTradeNo") @NotNull @Size(max = 64, message = "at most 64 characters") String outTradeNo,
        @JsonProperty("userType") @NotNull @Size(max = 256, message = "at most 256 characters") String userType,
        @JsonProperty("value") @Size(max = 256, message = "at most 256 characters") String value,
        @JsonProperty("memo") @Size(max = 1024, message = "at most 1024 characters") String memo,
        @JsonProperty("inTime") @Pattern(regexp = "(|" + BluecardTime.DATE_TIME_PATTERN + ")", message = "a time yyyy-MM-dd HH:mm:ss or empty") @Size(max = 256, message = "at most 256 characters") String inTime,
        @JsonProperty("outTime") @NotNull @Pattern(regexp = BluecardTime.DATE_TIME_PATTERN, message = "a time yyyy-MM-dd HH:mm:ss") @Size(max = 256, message = "at most 256 characters") String outTime,
        @JsonProperty("inImage") @Size(max = 256, message = "at most 256 characters") String inImage,
        @JsonProperty("outImage") @Size(max = 256, message = "at most 256 characters") String outImage,
        @JsonProperty("inChannel") @Size(max = 256, message = "at most 256 characters") String inChannel,
        @JsonProperty("outChannel") @Size(max = 256, message = "at most 256 characters") String outChannel) {
    }

    /** Our answer: receivable, already paid, how, and the deductions. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Answer(
        @JsonProperty("payCharge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") @Size(max = 256, message = "at most 256 characters") String payCharge,
        @JsonProperty("realCharge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") @Size(max = 256, message = "at most 256 characters") String realCharge,
        @JsonProperty("payKind") @NotNull @Size(max = 256, message = "at most 256 characters") String payKind,
        @JsonProperty("timeStamp") @Size(max = 32, message = "at most 32 characters") String timeStamp,
        @JsonProperty("chargeList") @NotNull List<ExitRecords.@Valid ChargeItem> chargeList) {
    }
}
