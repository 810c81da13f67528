package io.parkbridge.protocol.welink.message;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Section 5.9: bookings. {@code mchId} 0 means an open booking, not limited by free spaces. */
public final class Bookings {
    private Bookings() {
    }

    /** 5.9.1 /booking/queryAreas. */
    public record QueryAreasRequest(@NotNull @Min(0) Long mchId) {
    }

    /** 5.9.1 a bookable area. */
    public record BookableArea(@NotNull Long areaId, String areaName) {
    }

    /** 5.9.2 /booking/createBooking: plateNumber or userId (unplated car) must be given. Reply: booking id. */
    public record CreateRequest(@NotNull @Min(0) Long mchId, @NotNull Long areaId, @Size(max = 10) String plateNumber,
            @Size(max = 32) String userId, @NotNull @Pattern(regexp = WeLinkFormats.DATE_TIME_REGEX) String startTime,
            @NotNull @Pattern(regexp = WeLinkFormats.DATE_TIME_REGEX) String endTime, @Size(max = 20) String name,
            @Size(max = 100) String comment) {
        /** The document: plateNumber and userId must not both be empty. */
        @JsonIgnore
        @AssertTrue(message = "plateNumber or userId")
        public boolean isPlateOrUser() {
            return (plateNumber != null && !plateNumber.isBlank()) || (userId != null && !userId.isBlank());
        }
    }

    /** 5.9.3 /booking/cancelBooking and 5.9.4 /booking/getBooking. */
    public record BookingRef(@NotNull @Min(0) Long mchId, @NotNull Long bookingId) {
    }

    /** 5.9.4/5.9.5 a booking; state see {@link BookingState}. */
    public record Booking(@NotNull Long bookingId, Long areaId, String areaName, String plateNumber, String startTime,
            String endTime, String name, String comment, Integer state) {
        public BookingState stateValue() {
            return BookingState.of(state);
        }
    }

    /** 5.9.5 /booking/queryBooking (paged). */
    public record QueryRequest(@NotNull @Min(0) Long mchId, Integer state, @Size(max = 20) String keyword,
            @NotNull @Min(0) Integer offset, @NotNull @Min(1) Integer length) implements Paged<QueryRequest> {
        @Override
        public QueryRequest withPage(int newOffset, int newLength) {
            return new QueryRequest(mchId, state, keyword, newOffset, newLength);
        }
    }
}
