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
        @JsonProperty("parkNumber") @NotBlank String parkNumber,
        @JsonProperty("method") @NotBlank String method,
        @JsonProperty("datas") @NotNull @Size(min = 1, max = 10, message = "1 to 10 records") List<@Valid Renewal> datas,
        @JsonProperty("size") @NotNull Integer size) {
    }

    /** One renewal; {@code plate} may hold several plates joined by '/'. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Renewal(
        @JsonProperty("plate") @NotNull String plate,
        @JsonProperty("carGroupName") String carGroupName,
        @JsonProperty("payTime") @NotNull @Pattern(regexp = BluecardTime.DATE_TIME_PATTERN, message = "a time yyyy-MM-dd HH:mm:ss") String payTime,
        @JsonProperty("payCharge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") String payCharge,
        @JsonProperty("number") String number,
        @JsonProperty("feeMonth") String feeMonth,
        @JsonProperty("end") @NotNull @Pattern(regexp = BluecardTime.DATE_TIME_PATTERN, message = "a time yyyy-MM-dd HH:mm:ss") String end,
        @JsonProperty("placeFeeOrderRecId") String placeFeeOrderRecId,
        @JsonProperty("carOwnerName") String carOwnerName,
        @JsonProperty("payType") String payType,
        @JsonProperty("orderNo") String orderNo) {
    }
}
