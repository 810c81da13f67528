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
 * 4.3 实时发送出场记录 (Bluecard → us): 1-10 exit records, newest first; idempotent on {@code orderId} (the entry record id).
 *
 * <p>Field names are the document's, unknown fields are ignored, enumerated values stay raw strings.
 */
public final class ExitRecords {
    private ExitRecords() {
    }

    /** A batch of exit records. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(
        @JsonProperty("parkNumber") @NotBlank @Size(max = 64, message = "at most 64 characters") String parkNumber,
        @JsonProperty("size") @NotNull Integer size,
        @JsonProperty("datas") @NotNull @Size(min = 1, max = 10, message = "1 to 10 records") List<@Valid ExitRecord> datas) {
    }

    /** One vehicle exit with its charges and discounts. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExitRecord(
        @JsonProperty("orderId") @NotBlank @Size(max = 64, message = "at most 64 characters") String orderId,
        @JsonProperty("operatorId") @Size(max = 256, message = "at most 256 characters") String operatorId,
        @JsonProperty("operatorName") @Size(max = 256, message = "at most 256 characters") String operatorName,
        @JsonProperty("invoiceNo") @Size(max = 256, message = "at most 256 characters") String invoiceNo,
        @JsonProperty("carInfo") @NotNull @Valid CarInfo carInfo,
        @JsonProperty("userInfo") @Valid EntryRecords.UserInfo userInfo,
        @JsonProperty("passInfo") @NotNull @Valid PassInfo passInfo,
        @JsonProperty("chargeStatistics") @NotNull @Valid ChargeStatistics chargeStatistics,
        @JsonProperty("chargeList") List<@Valid ChargeItem> chargeList,
        @JsonProperty("profitList") List<@Valid ProfitItem> profitList,
        @JsonProperty("placeInfo") List<EntryRecords.@Valid PlaceInfo> placeInfo) {
    }

    /** The vehicle (the plate lives here, not at the top level). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CarInfo(
        @JsonProperty("plate") @NotNull @Size(max = 256, message = "at most 256 characters") String plate,
        @JsonProperty("plateColor") @Size(max = 256, message = "at most 256 characters") String plateColor,
        @JsonProperty("ticketCode") @Size(max = 256, message = "at most 256 characters") String ticketCode,
        @JsonProperty("carType") @Size(max = 256, message = "at most 256 characters") String carType,
        @JsonProperty("confidence") Integer confidence) {
    }

    /** Entry and exit lanes, times and images; entry fields are "" without an entry record. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PassInfo(
        @JsonProperty("inTime") @Pattern(regexp = "(|" + BluecardTime.DATE_TIME_PATTERN + ")", message = "a time yyyy-MM-dd HH:mm:ss or empty") @Size(max = 256, message = "at most 256 characters") String inTime,
        @JsonProperty("outTime") @NotNull @Pattern(regexp = BluecardTime.DATE_TIME_PATTERN, message = "a time yyyy-MM-dd HH:mm:ss") @Size(max = 256, message = "at most 256 characters") String outTime,
        @JsonProperty("inImage") @Size(max = 256, message = "at most 256 characters") String inImage,
        @JsonProperty("outImage") @Size(max = 256, message = "at most 256 characters") String outImage,
        @JsonProperty("inChannel") @Size(max = 256, message = "at most 256 characters") String inChannel,
        @JsonProperty("outChannel") @Size(max = 256, message = "at most 256 characters") String outChannel,
        @JsonProperty("openGateMode") @Size(max = 256, message = "at most 256 characters") String openGateMode,
        @JsonProperty("matchMode") @Size(max = 256, message = "at most 256 characters") String matchMode) {
    }

    /** Totals of the stay, yuan unless noted. {@code charge = onLineCharge + offLineCharge + profitChargeTotal} and {@code profitChargeTotal} is the sum of the four {@code ...Value} fields (L482-L486). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChargeStatistics(
        @JsonProperty("charge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") @Size(max = 256, message = "at most 256 characters") String charge,
        @JsonProperty("onLineCharge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") @Size(max = 256, message = "at most 256 characters") String onLineCharge,
        @JsonProperty("offLineCharge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") @Size(max = 256, message = "at most 256 characters") String offLineCharge,
        @JsonProperty("profitChargeTotal") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") @Size(max = 256, message = "at most 256 characters") String profitChargeTotal,
        @JsonProperty("onLineProfitChargeNum") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") @Size(max = 256, message = "at most 256 characters") String onLineProfitChargeNum,
        @JsonProperty("onLineProfitChargeValue") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") @Size(max = 256, message = "at most 256 characters") String onLineProfitChargeValue,
        @JsonProperty("offLineProfitChargeNum") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") @Size(max = 256, message = "at most 256 characters") String offLineProfitChargeNum,
        @JsonProperty("offLineProfitChargeValue") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") @Size(max = 256, message = "at most 256 characters") String offLineProfitChargeValue,
        @JsonProperty("onLineProfitTimeNum") @NotNull @Pattern(regexp = "-?[0-9]{1,15}", message = "a whole number") @Size(max = 256, message = "at most 256 characters") String onLineProfitTimeNum,
        @JsonProperty("onLineProfitTimeValue") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") @Size(max = 256, message = "at most 256 characters") String onLineProfitTimeValue,
        @JsonProperty("offLineProfitTimeNum") @NotNull @Pattern(regexp = "-?[0-9]{1,15}", message = "a whole number") @Size(max = 256, message = "at most 256 characters") String offLineProfitTimeNum,
        @JsonProperty("offLineProfitTimeValue") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") @Size(max = 256, message = "at most 256 characters") String offLineProfitTimeValue) {
    }

    /** One payment of the stay (4.3, 4.13). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChargeItem(
        @JsonProperty("payNo") @NotNull @Size(max = 64, message = "at most 64 characters") String payNo,
        @JsonProperty("getTime") @NotNull @Pattern(regexp = BluecardTime.DATE_TIME_PATTERN, message = "a time yyyy-MM-dd HH:mm:ss") @Size(max = 256, message = "at most 256 characters") String getTime,
        @JsonProperty("payCharge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") @Size(max = 256, message = "at most 256 characters") String payCharge,
        @JsonProperty("payKind") @NotNull @Size(max = 256, message = "at most 256 characters") String payKind,
        @JsonProperty("payChannel") @NotNull @Size(max = 256, message = "at most 256 characters") String payChannel,
        @JsonProperty("memo") @Size(max = 1024, message = "at most 1024 characters") String memo) {
    }

    /** One discount of the stay: {@code profitCharge} face value, {@code profitChargeValue} what it took off, {@code profitTime} minutes. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProfitItem(
        @JsonProperty("profitCode") @NotNull @Size(max = 256, message = "at most 256 characters") String profitCode,
        @JsonProperty("getTime") @NotNull @Pattern(regexp = BluecardTime.DATE_TIME_PATTERN, message = "a time yyyy-MM-dd HH:mm:ss") @Size(max = 256, message = "at most 256 characters") String getTime,
        @JsonProperty("profitTime") @NotNull @Pattern(regexp = "-?[0-9]{1,15}", message = "a whole number") @Size(max = 256, message = "at most 256 characters") String profitTime,
        @JsonProperty("profitCharge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") @Size(max = 256, message = "at most 256 characters") String profitCharge,
        @JsonProperty("profitChargeValue") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") @Size(max = 256, message = "at most 256 characters") String profitChargeValue,
        @JsonProperty("memo") @Size(max = 1024, message = "at most 1024 characters") String memo) {
    }
}
