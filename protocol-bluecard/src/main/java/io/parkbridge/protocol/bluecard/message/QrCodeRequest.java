package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.parkbridge.protocol.bluecard.BluecardMoney;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * 4.16 代扣和申请二维码 (Bluecard → us): debit the driver now, or give a payment QR code.
 *
 * <p>Field names are the document's, unknown fields are ignored, enumerated values stay raw strings.
 */
public final class QrCodeRequest {
    private QrCodeRequest() {
    }

    /** What to collect. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(
        @JsonProperty("parkNumber") @NotBlank String parkNumber,
        @JsonProperty("outTradeNo") @NotBlank String outTradeNo,
        @JsonProperty("payCharge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") String payCharge,
        @JsonProperty("plate") @NotNull String plate) {
    }

    /** Exactly one of {@code qrCode} (withholding failed, show this) or {@code agreement} (already debited). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Answer(
        @JsonProperty("timeStamp") @NotNull String timeStamp,
        @JsonProperty("qrCode") String qrCode,
        @JsonProperty("agreement") @Valid Agreement agreement) {
    }

    /** A completed debit. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Agreement(
        @JsonProperty("outTradeNo") @NotNull String outTradeNo,
        @JsonProperty("payType") @NotNull String payType,
        @JsonProperty("totalFee") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") String totalFee,
        @JsonProperty("tradeNo") @NotNull String tradeNo,
        @JsonProperty("userId") String userId) {
    }
}
