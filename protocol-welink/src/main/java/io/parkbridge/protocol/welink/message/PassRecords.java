package io.parkbridge.protocol.welink.message;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Section 5.4: passage records (vehicles, access control, cars in the park, snapshots). */
public final class PassRecords {
    private PassRecords() {
    }

    /** 5.4.1 /passrecord/queryCarRecords (paged); times yyyy-MM-dd HH:mm:ss; keyword = plate. */
    public record CarRecordsRequest(Long areaId, Long laneId,
            @NotNull @Pattern(regexp = WeLinkFormats.DATE_TIME_REGEX) String startTime,
            @NotNull @Pattern(regexp = WeLinkFormats.DATE_TIME_REGEX) String endTime, @Size(max = 20) String keyword,
            @NotNull @Min(0) Integer offset, @NotNull @Min(1) Integer length) implements Paged<CarRecordsRequest> {
        @Override
        public CarRecordsRequest withPage(int newOffset, int newLength) {
            return new CarRecordsRequest(areaId, laneId, startTime, endTime, keyword, newOffset, newLength);
        }
    }

    /** 5.4.1 a vehicle passage: direction 1 entry, 2 exit; authType see {@link AuthType}. */
    public record CarRecord(@NotBlank String plateNumber, @NotBlank String time, Long laneId, String laneName,
            Integer direction, Integer authType, Integer carType) {
        public AuthType authTypeValue() {
            return AuthType.of(authType);
        }
    }

    /** 5.4.2 /passrecord/queryAcRecords (paged). */
    public record AcRecordsRequest(Long areaId, Long laneId,
            @NotNull @Pattern(regexp = WeLinkFormats.DATE_TIME_REGEX) String startTime,
            @NotNull @Pattern(regexp = WeLinkFormats.DATE_TIME_REGEX) String endTime, @NotNull @Min(0) Integer offset,
            @NotNull @Min(1) Integer length) implements Paged<AcRecordsRequest> {
        @Override
        public AcRecordsRequest withPage(int newOffset, int newLength) {
            return new AcRecordsRequest(areaId, laneId, startTime, endTime, newOffset, newLength);
        }
    }

    /** 5.4.2 an access-control passage: authType 1 whitelist, 3 booking. */
    public record AcRecord(String cardNumber, @NotBlank String time, Long laneId, String laneName, Integer authType) {
        /** The usual record text with each card number masked to its last four characters. */
        @Override
        public String toString() {
            return MaskedText.of(this, java.util.Set.of("cardNumber"));
        }
    }

    /** 5.4.3 /passrecord/queryOnParkingRecords (paged); {@code days}: records from before this many days. */
    public record OnParkingRecordsRequest(Long areaId, @Size(max = 20) String keyword, @Min(0) Integer days,
            @NotNull @Min(0) Integer offset, @NotNull @Min(1) Integer length)
            implements Paged<OnParkingRecordsRequest> {
        @Override
        public OnParkingRecordsRequest withPage(int newOffset, int newLength) {
            return new OnParkingRecordsRequest(areaId, keyword, days, newOffset, newLength);
        }
    }

    /** 5.4.3 a vehicle currently in the park ({@code time} = entry time). */
    public record OnParkingRecord(@NotBlank String plateNumber, @NotBlank String time, Long laneId, String laneName,
            Integer authType, Integer carType) {
    }

    /**
     * 5.4.4 /passrecord/resetOutside and 5.4.5 /passrecord/modifyPlate: an in-park record named
     * by its passage time and lane; {@code plateNumber} is the record's plate (reset) or the
     * corrected plate (modify).
     */
    public record InParkRecordRequest(@NotBlank @Size(max = 10) String plateNumber,
            @NotNull @Pattern(regexp = WeLinkFormats.DATE_TIME_REGEX) String time, @NotNull Long laneId) {
    }

    /** 5.4.6 /passrecord/queryImageUrl: snapshots of a lane at a passage time. */
    public record ImageUrlRequest(@NotNull Long laneId,
            @NotNull @Pattern(regexp = WeLinkFormats.DATE_TIME_REGEX) String time) {
    }
}
