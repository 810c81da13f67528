package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.parkbridge.protocol.bluecard.BluecardMoney;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

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
        @JsonProperty("parkNumber") @NotBlank @Size(max = 64, message = "at most 64 characters") String parkNumber,
        @JsonProperty("outTradeNo") @NotBlank @Size(max = 64, message = "at most 64 characters") String outTradeNo,
        @JsonProperty("payCharge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") @Size(max = 256, message = "at most 256 characters") String payCharge,
        @JsonProperty("plate") @NotNull @Size(max = 256, message = "at most 256 characters") String plate) {
    }

    /** Exactly one of {@code qrCode} (withholding failed, show this) or {@code agreement} (already debited). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Answer(
        @JsonProperty("timeStamp") @NotNull @Size(max = 32, message = "at most 32 characters") String timeStamp,
        @JsonProperty("qrCode") @Size(max = 2048, message = "at most 2048 characters") String qrCode,
        @JsonProperty("agreement") @Valid Agreement agreement) {
    }

    /** A completed debit. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Agreement(
        @JsonProperty("outTradeNo") @NotNull @Size(max = 64, message = "at most 64 characters") String outTradeNo,
        @JsonProperty("payType") @NotNull @Size(max = 256, message = "at most 256 characters") String payType,
        @JsonProperty("totalFee") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") @Size(max = 256, message = "at most 256 characters") String totalFee,
        @JsonProperty("tradeNo") @NotNull @Size(max = 64, message = "at most 64 characters") String tradeNo,
        @JsonProperty("userId") @Size(max = 256, message = "at most 256 characters") String userId) {
    }
}
