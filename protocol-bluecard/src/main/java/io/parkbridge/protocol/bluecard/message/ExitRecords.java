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
        @JsonProperty("parkNumber") @NotBlank String parkNumber,
        @JsonProperty("size") @NotNull Integer size,
        @JsonProperty("datas") @NotNull @Size(min = 1, max = 10, message = "1 to 10 records") List<@Valid ExitRecord> datas) {
    }

    /** One vehicle exit with its charges and discounts. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExitRecord(
        @JsonProperty("orderId") @NotBlank String orderId,
        @JsonProperty("operatorId") String operatorId,
        @JsonProperty("operatorName") String operatorName,
        @JsonProperty("invoiceNo") String invoiceNo,
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
        @JsonProperty("plate") @NotNull String plate,
        @JsonProperty("plateColor") String plateColor,
        @JsonProperty("ticketCode") String ticketCode,
        @JsonProperty("carType") String carType,
        @JsonProperty("confidence") Integer confidence) {
    }

    /** Entry and exit lanes, times and images; entry fields are "" without an entry record. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PassInfo(
        @JsonProperty("inTime") @Pattern(regexp = "(|" + BluecardTime.DATE_TIME_PATTERN + ")", message = "a time yyyy-MM-dd HH:mm:ss or empty") String inTime,
        @JsonProperty("outTime") @NotNull @Pattern(regexp = BluecardTime.DATE_TIME_PATTERN, message = "a time yyyy-MM-dd HH:mm:ss") String outTime,
        @JsonProperty("inImage") String inImage,
        @JsonProperty("outImage") String outImage,
        @JsonProperty("inChannel") String inChannel,
        @JsonProperty("outChannel") String outChannel,
        @JsonProperty("openGateMode") String openGateMode,
        @JsonProperty("matchMode") String matchMode) {
    }

    /** Totals of the stay, yuan unless noted. {@code charge = onLineCharge + offLineCharge + profitChargeTotal} and {@code profitChargeTotal} is the sum of the four {@code ...Value} fields (L482-L486). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChargeStatistics(
        @JsonProperty("charge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") String charge,
        @JsonProperty("onLineCharge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") String onLineCharge,
        @JsonProperty("offLineCharge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") String offLineCharge,
        @JsonProperty("profitChargeTotal") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") String profitChargeTotal,
        @JsonProperty("onLineProfitChargeNum") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") String onLineProfitChargeNum,
        @JsonProperty("onLineProfitChargeValue") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") String onLineProfitChargeValue,
        @JsonProperty("offLineProfitChargeNum") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") String offLineProfitChargeNum,
        @JsonProperty("offLineProfitChargeValue") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") String offLineProfitChargeValue,
        @JsonProperty("onLineProfitTimeNum") @NotNull @Pattern(regexp = "-?[0-9]{1,15}", message = "a whole number") String onLineProfitTimeNum,
        @JsonProperty("onLineProfitTimeValue") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") String onLineProfitTimeValue,
        @JsonProperty("offLineProfitTimeNum") @NotNull @Pattern(regexp = "-?[0-9]{1,15}", message = "a whole number") String offLineProfitTimeNum,
        @JsonProperty("offLineProfitTimeValue") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") String offLineProfitTimeValue) {
    }

    /** One payment of the stay (4.3, 4.13). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChargeItem(
        @JsonProperty("payNo") @NotNull String payNo,
        @JsonProperty("getTime") @NotNull @Pattern(regexp = BluecardTime.DATE_TIME_PATTERN, message = "a time yyyy-MM-dd HH:mm:ss") String getTime,
        @JsonProperty("payCharge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") String payCharge,
        @JsonProperty("payKind") @NotNull String payKind,
        @JsonProperty("payChannel") @NotNull String payChannel,
        @JsonProperty("memo") String memo) {
    }

    /** One discount of the stay: {@code profitCharge} face value, {@code profitChargeValue} what it took off, {@code profitTime} minutes. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProfitItem(
        @JsonProperty("profitCode") @NotNull String profitCode,
        @JsonProperty("getTime") @NotNull @Pattern(regexp = BluecardTime.DATE_TIME_PATTERN, message = "a time yyyy-MM-dd HH:mm:ss") String getTime,
        @JsonProperty("profitTime") @NotNull @Pattern(regexp = "-?[0-9]{1,15}", message = "a whole number") String profitTime,
        @JsonProperty("profitCharge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") String profitCharge,
        @JsonProperty("profitChargeValue") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") String profitChargeValue,
        @JsonProperty("memo") String memo) {
    }
}
