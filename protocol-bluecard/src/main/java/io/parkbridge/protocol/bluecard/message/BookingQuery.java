package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.parkbridge.protocol.bluecard.BluecardTime;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * 4.19 预约车查询 {@code queryBookingCar} (us → Bluecard): bookings not finished yet.
 *
 * <p>Field names are the document's, unknown fields are ignored, enumerated values stay raw strings.
 */
public final class BookingQuery {
    private BookingQuery() {
    }

    /** The query. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(
        @JsonProperty("parkNumber") @NotBlank @Size(max = 64, message = "at most 64 characters") String parkNumber,
        @JsonProperty("datas") @NotNull @Valid Criteria datas) {
    }

    /** Plates and/or a time window; all four combinations are allowed (L1570). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Criteria(
        @JsonProperty("plateList") @NotNull List<String> plateList,
        @JsonProperty("start") @Pattern(regexp = "(|" + BluecardTime.DATE_TIME_PATTERN + ")", message = "a time yyyy-MM-dd HH:mm:ss or empty") @Size(max = 256, message = "at most 256 characters") String start,
        @JsonProperty("end") @Pattern(regexp = "(|" + BluecardTime.DATE_TIME_PATTERN + ")", message = "a time yyyy-MM-dd HH:mm:ss or empty") @Size(max = 256, message = "at most 256 characters") String end) {
    }

    /** The bookings found. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(
        @JsonProperty("timeStamp") @Size(max = 32, message = "at most 32 characters") String timeStamp,
        @JsonProperty("bookList") @NotNull List<@Valid BookedCar> bookList) {
    }

    /** One booking as Bluecard holds it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BookedCar(
        @JsonProperty("plate") @NotNull @Size(max = 256, message = "at most 256 characters") String plate,
        @JsonProperty("start") @Size(max = 256, message = "at most 256 characters") String start,
        @JsonProperty("end") @Size(max = 256, message = "at most 256 characters") String end,
        @JsonProperty("downTime") @Size(max = 256, message = "at most 256 characters") String downTime,
        @JsonProperty("inTime") @Size(max = 256, message = "at most 256 characters") String inTime,
        @JsonProperty("bookOrderId") @Size(max = 64, message = "at most 64 characters") String bookOrderId,
        @JsonProperty("bookOrderTime") @Size(max = 256, message = "at most 256 characters") String bookOrderTime,
        @JsonProperty("letInStartTime") @Size(max = 256, message = "at most 256 characters") String letInStartTime,
        @JsonProperty("letInEndTime") @Size(max = 256, message = "at most 256 characters") String letInEndTime,
        @JsonProperty("memo") @Size(max = 1024, message = "at most 1024 characters") String memo) {
    }
}
