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
 * 4.31 固定车续费记录上传 (Bluecard → us, general mode {@code method=parkingspacefee}).
 *
 * <p>Field names are the document's, unknown fields are ignored, enumerated values stay raw strings.
 */
public final class Renewals {
    private Renewals() {
    }

    /** A batch of renewals. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(
        @JsonProperty("parkNumber") @NotBlank @Size(max = 64, message = "at most 64 characters") String parkNumber,
        @JsonProperty("method") @NotBlank @Size(max = 256, message = "at most 256 characters") String method,
        @JsonProperty("datas") @NotNull @Size(min = 1, max = 10, message = "1 to 10 records") List<@Valid Renewal> datas,
        @JsonProperty("size") @NotNull Integer size) {
    }

    /** One renewal; {@code plate} may hold several plates joined by '/'. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Renewal(
        @JsonProperty("plate") @NotNull @Size(max = 256, message = "at most 256 characters") String plate,
        @JsonProperty("carGroupName") @Size(max = 256, message = "at most 256 characters") String carGroupName,
        @JsonProperty("payTime") @NotNull @Pattern(regexp = BluecardTime.DATE_TIME_PATTERN, message = "a time yyyy-MM-dd HH:mm:ss") @Size(max = 256, message = "at most 256 characters") String payTime,
        @JsonProperty("payCharge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") @Size(max = 256, message = "at most 256 characters") String payCharge,
        @JsonProperty("number") @Size(max = 256, message = "at most 256 characters") String number,
        @JsonProperty("feeMonth") @Size(max = 256, message = "at most 256 characters") String feeMonth,
        @JsonProperty("end") @NotNull @Pattern(regexp = BluecardTime.DATE_TIME_PATTERN, message = "a time yyyy-MM-dd HH:mm:ss") @Size(max = 256, message = "at most 256 characters") String end,
        @JsonProperty("placeFeeOrderRecId") @Size(max = 64, message = "at most 64 characters") String placeFeeOrderRecId,
        @JsonProperty("carOwnerName") @Size(max = 256, message = "at most 256 characters") String carOwnerName,
        @JsonProperty("payType") @Size(max = 256, message = "at most 256 characters") String payType,
        @JsonProperty("orderNo") @Size(max = 64, message = "at most 64 characters") String orderNo) {
    }
}
