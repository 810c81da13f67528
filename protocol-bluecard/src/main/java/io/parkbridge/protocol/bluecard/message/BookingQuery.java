package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.parkbridge.protocol.bluecard.BluecardTime;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
        @JsonProperty("parkNumber") @NotBlank String parkNumber,
        @JsonProperty("datas") @NotNull @Valid Criteria datas) {
    }

    /** Plates and/or a time window; all four combinations are allowed (L1570). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Criteria(
        @JsonProperty("plateList") @NotNull List<String> plateList,
        @JsonProperty("start") @Pattern(regexp = "(|" + BluecardTime.DATE_TIME_PATTERN + ")", message = "a time yyyy-MM-dd HH:mm:ss or empty") String start,
        @JsonProperty("end") @Pattern(regexp = "(|" + BluecardTime.DATE_TIME_PATTERN + ")", message = "a time yyyy-MM-dd HH:mm:ss or empty") String end) {
    }

    /** The bookings found. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(
        @JsonProperty("timeStamp") String timeStamp,
        @JsonProperty("bookList") @NotNull List<@Valid BookedCar> bookList) {
    }

    /** One booking as Bluecard holds it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BookedCar(
        @JsonProperty("plate") @NotNull String plate,
        @JsonProperty("start") String start,
        @JsonProperty("end") String end,
        @JsonProperty("downTime") String downTime,
        @JsonProperty("inTime") String inTime,
        @JsonProperty("bookOrderId") String bookOrderId,
        @JsonProperty("bookOrderTime") String bookOrderTime,
        @JsonProperty("letInStartTime") String letInStartTime,
        @JsonProperty("letInEndTime") String letInEndTime,
        @JsonProperty("memo") String memo) {
    }
}
