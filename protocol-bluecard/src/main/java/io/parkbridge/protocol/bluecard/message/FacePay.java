package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.parkbridge.protocol.bluecard.BluecardMoney;
import io.parkbridge.protocol.bluecard.BluecardTime;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * 4.24 当面付 (Bluecard → us): the lane scanner read the driver's payment code (or a discount code).
 *
 * <p>Field names are the document's, unknown fields are ignored, enumerated values stay raw strings.
 */
public final class FacePay {
    private FacePay() {
    }

    /** Collect {@code payCharge} with {@code authCode}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(
        @JsonProperty("parkNumber") @NotBlank String parkNumber,
        @JsonProperty("outTradeNo") @NotBlank String outTradeNo,
        @JsonProperty("payCharge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") String payCharge,
        @JsonProperty("plate") @NotNull String plate,
        @JsonProperty("authCode") @NotBlank String authCode,
        @JsonProperty("orderId") @NotNull String orderId) {
    }

    /** Exactly one of {@code payContent} or {@code discountContent}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Answer(
        @JsonProperty("payContent") @Valid PayContent payContent,
        @JsonProperty("discountContent") @Valid DiscountContent discountContent) {
    }

    /** A completed payment (also the 4.25 answer). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PayContent(
        @JsonProperty("tradeNo") @NotNull String tradeNo,
        @JsonProperty("outTradeNo") @NotNull String outTradeNo,
        @JsonProperty("payCharge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") String payCharge,
        @JsonProperty("payTime") @NotNull @Pattern(regexp = BluecardTime.DATE_TIME_PATTERN, message = "a time yyyy-MM-dd HH:mm:ss") String payTime,
        @JsonProperty("userId") String userId,
        @JsonProperty("payType") String payType) {
    }

    /** A discount instead of a payment (snake_case names are the document's). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DiscountContent(
        @JsonProperty("coupon_code") @NotNull String couponCode,
        @JsonProperty("coupon_mode_id") @NotNull String couponModeId,
        @JsonProperty("end") @NotNull @Pattern(regexp = BluecardTime.DATE_TIME_PATTERN, message = "a time yyyy-MM-dd HH:mm:ss") String end,
        @JsonProperty("id") @NotNull String id,
        @JsonProperty("order_id") @NotNull String orderId,
        @JsonProperty("plate") @NotNull String plate,
        @JsonProperty("position") @NotNull @Pattern(regexp = "-?[0-9]{1,15}", message = "a whole number") String position) {
    }
}
