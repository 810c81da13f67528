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
        @JsonProperty("parkNumber") @NotBlank @Size(max = 64, message = "at most 64 characters") String parkNumber,
        @JsonProperty("outTradeNo") @NotBlank @Size(max = 64, message = "at most 64 characters") String outTradeNo,
        @JsonProperty("payCharge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") @Size(max = 256, message = "at most 256 characters") String payCharge,
        @JsonProperty("plate") @NotNull @Size(max = 256, message = "at most 256 characters") String plate,
        @JsonProperty("authCode") @NotBlank @Size(max = 128, message = "at most 128 characters") String authCode,
        @JsonProperty("orderId") @NotNull @Size(max = 64, message = "at most 64 characters") String orderId) {
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
        @JsonProperty("tradeNo") @NotNull @Size(max = 64, message = "at most 64 characters") String tradeNo,
        @JsonProperty("outTradeNo") @NotNull @Size(max = 64, message = "at most 64 characters") String outTradeNo,
        @JsonProperty("payCharge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") @Size(max = 256, message = "at most 256 characters") String payCharge,
        @JsonProperty("payTime") @NotNull @Pattern(regexp = BluecardTime.DATE_TIME_PATTERN, message = "a time yyyy-MM-dd HH:mm:ss") @Size(max = 256, message = "at most 256 characters") String payTime,
        @JsonProperty("userId") @Size(max = 256, message = "at most 256 characters") String userId,
        @JsonProperty("payType") @Size(max = 256, message = "at most 256 characters") String payType) {
    }

    /** A discount instead of a payment (snake_case names are the document's). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DiscountContent(
        @JsonProperty("coupon_code") @NotNull @Size(max = 64, message = "at most 64 characters") String couponCode,
        @JsonProperty("coupon_mode_id") @NotNull @Size(max = 256, message = "at most 256 characters") String couponModeId,
        @JsonProperty("end") @NotNull @Pattern(regexp = BluecardTime.DATE_TIME_PATTERN, message = "a time yyyy-MM-dd HH:mm:ss") @Size(max = 256, message = "at most 256 characters") String end,
        @JsonProperty("id") @NotNull @Size(max = 256, message = "at most 256 characters") String id,
        @JsonProperty("order_id") @NotNull @Size(max = 64, message = "at most 64 characters") String orderId,
        @JsonProperty("plate") @NotNull @Size(max = 256, message = "at most 256 characters") String plate,
        @JsonProperty("position") @NotNull @Pattern(regexp = "-?[0-9]{1,15}", message = "a whole number") @Size(max = 256, message = "at most 256 characters") String position) {
    }
}
