package io.parkbridge.protocol.welink.message;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Section 5.11: single parking bays (on-street / bay sensors). */
public final class Space {
    private Space() {
    }

    /** 5.11.1 /space/getParkingInfo. */
    public record ParkingInfoRequest(@NotBlank @Size(max = 20) String parkingSpaceNo) {
    }

    /**
     * 5.11.1 a bay: state 0 empty, 1 occupied; {@code qrCode} the URL where an unplated car's
     * user binds the virtual plate. {@code parkingSpaceNo} is a string (the example prints a
     * 17-digit number; read leniently).
     */
    public record ParkingInfo(@NotBlank String parkingSpaceNo, Integer state, String plateNumber, String enterTime,
            String qrCode) {
        public boolean occupied() {
            return state != null && state == 1;
        }
    }

    /**
     * 5.11.2 /space/setCoupons: free parking for a bay, either a window (startTime/endTime) or
     * minutes (timeLength). Names as in the table; the example's freeStartTime/freeEndTime/
     * freeTimeLength can be chosen with the client's field renames. Reply: coupon id.
     */
    public record SetCouponsRequest(@NotBlank @Size(max = 20) String parkingSpaceNo, @Size(max = 10) String plateNumber,
            @Pattern(regexp = WeLinkFormats.DATE_TIME_REGEX) String startTime,
            @Pattern(regexp = WeLinkFormats.DATE_TIME_REGEX) String endTime, @Min(1) Integer timeLength) {
    }
}
