package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.parkbridge.protocol.bluecard.BluecardTime;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * 4.23 优惠券下发 {@code coupon} (us → Bluecard). {@code position}: minutes (hour coupon) or FEN (amount coupon).
 *
 * <p>Field names are the document's, unknown fields are ignored, enumerated values stay raw strings.
 */
public final class CouponIssue {
    private CouponIssue() {
    }

    /** Coupons. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(
        @JsonProperty("parkNumber") @NotBlank @Size(max = 64, message = "at most 64 characters") String parkNumber,
        @JsonProperty("datas") @NotNull @Size(min = 1, message = "at least one item") List<@Valid Coupon> datas) {
    }

    /** One coupon; {@code couponModeId} "0" hours, "1" amount. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Coupon(
        @JsonProperty("id") @NotNull @Size(max = 256, message = "at most 256 characters") String id,
        @JsonProperty("couponCode") @NotBlank @Size(max = 64, message = "at most 64 characters") String couponCode,
        @JsonProperty("couponModeId") @NotNull @Size(max = 256, message = "at most 256 characters") String couponModeId,
        @JsonProperty("end") @NotNull @Pattern(regexp = BluecardTime.DATE_TIME_PATTERN, message = "a time yyyy-MM-dd HH:mm:ss") @Size(max = 256, message = "at most 256 characters") String end,
        @JsonProperty("orderId") @NotNull @Size(max = 64, message = "at most 64 characters") String orderId,
        @JsonProperty("plate") @NotNull @Size(max = 256, message = "at most 256 characters") String plate,
        @JsonProperty("position") @NotNull @Pattern(regexp = "-?[0-9]{1,15}", message = "a whole number") @Size(max = 256, message = "at most 256 characters") String position) {
    }
}
