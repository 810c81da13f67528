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
 * 4.15 收费信息上传 (Bluecard → us): at most 10 charge records.
 *
 * <p>Field names are the document's, unknown fields are ignored, enumerated values stay raw strings.
 */
public final class ChargeRecords {
    private ChargeRecords() {
    }

    /** A batch of charge records. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(
        @JsonProperty("parkNumber") @NotBlank String parkNumber,
        @JsonProperty("size") @NotNull Integer size,
        @JsonProperty("datas") @NotNull @Size(min = 1, max = 10, message = "1 to 10 records") List<@Valid ChargeRecord> datas) {
    }

    /** One charge taken by the park. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChargeRecord(
        @JsonProperty("plate") @NotNull String plate,
        @JsonProperty("inTime") @NotNull @Pattern(regexp = BluecardTime.DATE_TIME_PATTERN, message = "a time yyyy-MM-dd HH:mm:ss") String inTime,
        @JsonProperty("outTime") @NotNull @Pattern(regexp = BluecardTime.DATE_TIME_PATTERN, message = "a time yyyy-MM-dd HH:mm:ss") String outTime,
        @JsonProperty("inChannel") String inChannel,
        @JsonProperty("outChannel") String outChannel,
        @JsonProperty("payKind") @NotNull String payKind,
        @JsonProperty("payChannel") @NotNull String payChannel,
        @JsonProperty("orderId") String orderId,
        @JsonProperty("carType") String carType,
        @JsonProperty("payNo") String payNo,
        @JsonProperty("memo") String memo,
        @JsonProperty("charge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") String charge,
        @JsonProperty("realCharge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") String realCharge,
        @JsonProperty("couponCharge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") String couponCharge) {
    }
}
