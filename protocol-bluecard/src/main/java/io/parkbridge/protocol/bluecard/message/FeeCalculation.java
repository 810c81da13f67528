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
 * 4.4 请求算费 {@code getChargebf} (us → Bluecard): the fee of a stay now; {@code couponTime} is in hours.
 *
 * <p>Field names are the document's, unknown fields are ignored, enumerated values stay raw strings.
 */
public final class FeeCalculation {
    private FeeCalculation() {
    }

    /** Fee calculation request. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(
        @JsonProperty("parkNumber") @NotBlank @Size(max = 64, message = "at most 64 characters") String parkNumber,
        @JsonProperty("orderId") @NotBlank @Size(max = 64, message = "at most 64 characters") String orderId,
        @JsonProperty("plate") @NotNull @Size(max = 256, message = "at most 256 characters") String plate,
        @JsonProperty("wxOpenId") @NotNull @Size(max = 256, message = "at most 256 characters") String wxOpenId,
        @JsonProperty("ticketCode") @NotNull @Size(max = 256, message = "at most 256 characters") String ticketCode,
        @JsonProperty("couponTime") @NotNull @Size(max = 256, message = "at most 256 characters") String couponTime) {
    }

    /** The fee block of 4.4 and 4.30: {@code payCharge = charge - paidTotal - profitChargeTotal} (L605). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Fee(
        @JsonProperty("orderId") @NotNull @Size(max = 64, message = "at most 64 characters") String orderId,
        @JsonProperty("plate") @NotNull @Size(max = 256, message = "at most 256 characters") String plate,
        @JsonProperty("inTime") @NotNull @Pattern(regexp = BluecardTime.DATE_TIME_PATTERN, message = "a time yyyy-MM-dd HH:mm:ss") @Size(max = 256, message = "at most 256 characters") String inTime,
        @JsonProperty("getTime") @NotNull @Pattern(regexp = BluecardTime.DATE_TIME_PATTERN, message = "a time yyyy-MM-dd HH:mm:ss") @Size(max = 256, message = "at most 256 characters") String getTime,
        @JsonProperty("charge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") @Size(max = 256, message = "at most 256 characters") String charge,
        @JsonProperty("payCharge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") @Size(max = 256, message = "at most 256 characters") String payCharge,
        @JsonProperty("paidTotal") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") @Size(max = 256, message = "at most 256 characters") String paidTotal,
        @JsonProperty("profitChargeTotal") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") @Size(max = 256, message = "at most 256 characters") String profitChargeTotal,
        @JsonProperty("profitTimeTotal") @NotNull @Pattern(regexp = "-?[0-9]{1,15}", message = "a whole number") @Size(max = 256, message = "at most 256 characters") String profitTimeTotal,
        @JsonProperty("stopTimeTotal") @NotNull @Pattern(regexp = "-?[0-9]{1,15}", message = "a whole number") @Size(max = 256, message = "at most 256 characters") String stopTimeTotal,
        @JsonProperty("paidfreeTime") @NotNull @Pattern(regexp = "-?[0-9]{1,15}", message = "a whole number") @Size(max = 256, message = "at most 256 characters") String paidfreeTime,
        @JsonProperty("memo") @Size(max = 1024, message = "at most 1024 characters") String memo,
        @JsonProperty("imgName") @Size(max = 256, message = "at most 256 characters") String imgName,
        @JsonProperty("outTradeNo") @NotNull @Size(max = 64, message = "at most 64 characters") String outTradeNo,
        @JsonProperty("timeStamp") @Size(max = 32, message = "at most 32 characters") String timeStamp) {
    }
}
