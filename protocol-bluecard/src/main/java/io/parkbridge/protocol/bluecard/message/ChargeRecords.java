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
        @JsonProperty("parkNumber") @NotBlank @Size(max = 64, message = "at most 64 characters") String parkNumber,
        @JsonProperty("size") @NotNull Integer size,
        @JsonProperty("datas") @NotNull @Size(min = 1, max = 10, message = "1 to 10 records") List<@Valid ChargeRecord> datas) {
    }

    /** One charge taken by the park. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChargeRecord(
        @JsonProperty("plate") @NotNull @Size(max = 256, message = "at most 256 characters") String plate,
        @JsonProperty("inTime") @NotNull @Pattern(regexp = BluecardTime.DATE_TIME_PATTERN, message = "a time yyyy-MM-dd HH:mm:ss") @Size(max = 256, message = "at most 256 characters") String inTime,
        @JsonProperty("outTime") @NotNull @Pattern(regexp = BluecardTime.DATE_TIME_PATTERN, message = "a time yyyy-MM-dd HH:mm:ss") @Size(max = 256, message = "at most 256 characters") String outTime,
        @JsonProperty("inChannel") @Size(max = 256, message = "at most 256 characters") String inChannel,
        @JsonProperty("outChannel") @Size(max = 256, message = "at most 256 characters") String outChannel,
        @JsonProperty("payKind") @NotNull @Size(max = 256, message = "at most 256 characters") String payKind,
        @JsonProperty("payChannel") @NotNull @Size(max = 256, message = "at most 256 characters") String payChannel,
        @JsonProperty("orderId") @Size(max = 64, message = "at most 64 characters") String orderId,
        @JsonProperty("carType") @Size(max = 256, message = "at most 256 characters") String carType,
        @JsonProperty("payNo") @Size(max = 64, message = "at most 64 characters") String payNo,
        @JsonProperty("memo") @Size(max = 1024, message = "at most 1024 characters") String memo,
        @JsonProperty("charge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") @Size(max = 256, message = "at most 256 characters") String charge,
        @JsonProperty("realCharge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") @Size(max = 256, message = "at most 256 characters") String realCharge,
        @JsonProperty("couponCharge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") @Size(max = 256, message = "at most 256 characters") String couponCharge) {
    }
}
