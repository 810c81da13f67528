package io.parkbridge.protocol.welink.message;

import io.parkbridge.core.money.Money;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Section 5.5: payment records. Money in the client's {@link MoneyUnit} (yuan by default). */
public final class ParkingFees {
    private ParkingFees() {
    }

    /** 5.5.1 /parkingFee/queryTmpRentRecords (paged); keyword = plate. */
    public record TmpRentRecordsRequest(Long areaId, Long laneId,
            @NotNull @Pattern(regexp = WeLinkFormats.DATE_TIME_REGEX) String startTime,
            @NotNull @Pattern(regexp = WeLinkFormats.DATE_TIME_REGEX) String endTime, @Size(max = 20) String keyword,
            @NotNull @Min(0) Integer offset, @NotNull @Min(1) Integer length)
            implements Paged<TmpRentRecordsRequest> {
        @Override
        public TmpRentRecordsRequest withPage(int newOffset, int newLength) {
            return new TmpRentRecordsRequest(areaId, laneId, startTime, endTime, keyword, newOffset, newLength);
        }
    }

    /**
     * 5.5.1 a temporary-parking payment: parkingFee due, discountFee, payedFee paid before,
     * realFee actually paid; payChannel see {@link PayChannel}. {@code operatorName} is a
     * string (the example prints a number; read leniently).
     */
    public record TmpRentRecord(@NotBlank String plateNumber, String startTime, String endTime, Integer feeMinutes,
            Long areaId, String areaName, Integer carType, Long tradeNo, @NotNull Money parkingFee, Money discountFee,
            Money payedFee, Money realFee, Integer payChannel, String operateTime, String operatorName) {
        public PayChannel payChannelValue() {
            return PayChannel.of(payChannel);
        }
    }

    /** 5.5.2 /parkingFee/queryLongRentRecords (paged); dates yyyy-MM-dd. */
    public record LongRentRecordsRequest(@NotNull @Pattern(regexp = WeLinkFormats.DATE_REGEX) String startDate,
            @NotNull @Pattern(regexp = WeLinkFormats.DATE_REGEX) String endDate, @Size(max = 20) String keyword,
            @NotNull @Min(0) Integer offset, @NotNull @Min(1) Integer length)
            implements Paged<LongRentRecordsRequest> {
        @Override
        public LongRentRecordsRequest withPage(int newOffset, int newLength) {
            return new LongRentRecordsRequest(startDate, endDate, keyword, newOffset, newLength);
        }
    }

    /**
     * 5.5.2 a long-rent payment. The table calls {@code mgrType} an area id (long) and
     * {@code spaceNum} a billed duration; both are kept as printed.
     */
    public record LongRentRecord(@NotBlank String plateNumber, String startDate, String endDate, Integer spaceNum,
            Long mgrType, Integer carType, Long tradeNo, @NotNull Money parkingFee, Money discountFee, Money realFee,
            Integer payChannel, String operateTime, String operatorName) {
    }
}
