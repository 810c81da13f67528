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
 * 4.18 预约车下发 {@code synBookingCar} (us → Bluecard): book or cancel.
 *
 * <p>Field names are the document's, unknown fields are ignored, enumerated values stay raw strings.
 */
public final class BookingIssue {
    private BookingIssue() {
    }

    /** Bookings. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(
        @JsonProperty("parkNumber") @NotBlank @Size(max = 64, message = "at most 64 characters") String parkNumber,
        @JsonProperty("datas") @NotNull @Size(min = 1, message = "at least one item") List<@Valid Booking> datas) {
    }

    /** One booking; {@code flag} "1" book, "0" cancel; {@code areaId} "0" = any area. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Booking(
        @JsonProperty("plate") @NotBlank @Size(max = 256, message = "at most 256 characters") String plate,
        @JsonProperty("start") @NotNull @Pattern(regexp = BluecardTime.DATE_TIME_PATTERN, message = "a time yyyy-MM-dd HH:mm:ss") @Size(max = 256, message = "at most 256 characters") String start,
        @JsonProperty("end") @NotNull @Pattern(regexp = BluecardTime.DATE_TIME_PATTERN, message = "a time yyyy-MM-dd HH:mm:ss") @Size(max = 256, message = "at most 256 characters") String end,
        @JsonProperty("areaId") @NotNull @Size(max = 256, message = "at most 256 characters") String areaId,
        @JsonProperty("flag") @NotNull @Size(max = 256, message = "at most 256 characters") String flag,
        @JsonProperty("charge") @NotNull @Pattern(regexp = BluecardMoney.YUAN_PATTERN, message = "a yuan amount with at most two decimals such as 12.50") @Size(max = 256, message = "at most 256 characters") String charge,
        @JsonProperty("bookOrderId") @NotBlank @Size(max = 64, message = "at most 64 characters") String bookOrderId,
        @JsonProperty("bookOrderTime") @NotNull @Pattern(regexp = BluecardTime.DATE_TIME_PATTERN, message = "a time yyyy-MM-dd HH:mm:ss") @Size(max = 256, message = "at most 256 characters") String bookOrderTime,
        @JsonProperty("letInStartTime") @NotNull @Pattern(regexp = BluecardTime.DATE_TIME_PATTERN, message = "a time yyyy-MM-dd HH:mm:ss") @Size(max = 256, message = "at most 256 characters") String letInStartTime,
        @JsonProperty("letInEndTime") @NotNull @Pattern(regexp = BluecardTime.DATE_TIME_PATTERN, message = "a time yyyy-MM-dd HH:mm:ss") @Size(max = 256, message = "at most 256 characters") String letInEndTime,
        @JsonProperty("memo") @NotNull @Size(max = 1024, message = "at most 1024 characters") String memo) {
    }
}
