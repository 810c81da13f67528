package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.parkbridge.protocol.bluecard.BluecardMoney;
import io.parkbridge.protocol.bluecard.BluecardTime;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

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
        @JsonProperty("parkNumber") @NotBlank String parkNumber,
        @JsonProperty("orderId") @NotBlank String orderId,
        @JsonProperty("plate") @NotNull String plate,
        @JsonProperty("wxOpenId") @NotNull String wxOpenId,
        @JsonProperty("ticketCode") @NotNull String ticketCode,
        @JsonProperty("couponTime") @NotNull String couponTime) {
    }

    /** The fee block of 4.4 and 4.30: {@code payCharge = charge - paidTotal - profitChargeTotal} (L605). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Fee(
        @JsonProperty("orderId") @NotNull String orderId,
        @JsonProperty("plate") @NotNull String plate,
        @JsonProperty("inTime") @NotNull @Pattern(regexp = BluecardTime.DATE_TIME_PATTERN, message = "a time yyyy-MM-dd HH:mm:ss") String inTime,
        @JsonProperty("getTime") @NotNull @Pattern(regexp = BluecardTime.DATE_TIME_PATTERN, message = "a time yyyy-MM-dd HH:mm:ss") String getTime,
        @JsonProperty("charge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") String charge,
        @JsonProperty("payCharge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") String payCharge,
        @JsonProperty("paidTotal") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") String paidTotal,
        @JsonProperty("profitChargeTotal") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") String profitChargeTotal,
        @JsonProperty("profitTimeTotal") @NotNull @Pattern(regexp = "-?[0-9]{1,15}", message = "a whole number") String profitTimeTotal,
        @JsonProperty("stopTimeTotal") @NotNull @Pattern(regexp = "-?[0-9]{1,15}", message = "a whole number") String stopTimeTotal,
        @JsonProperty("paidfreeTime") @NotNull @Pattern(regexp = "-?[0-9]{1,15}", message = "a whole number") String paidfreeTime,
        @JsonProperty("memo") String memo,
        @JsonProperty("imgName") String imgName,
        @JsonProperty("outTradeNo") @NotNull String outTradeNo,
        @JsonProperty("timeStamp") String timeStamp) {
    }
}
