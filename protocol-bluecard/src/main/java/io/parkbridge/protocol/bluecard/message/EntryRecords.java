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
 * 4.2 实时发送入场记录 (Bluecard → us): 1-10 entry records per push; idempotent on {@code orderId}.
 *
 * <p>Field names are the document's, unknown fields are ignored, enumerated values stay raw strings.
 */
public final class EntryRecords {
    private EntryRecords() {
    }

    /** A batch of entry records. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(
        @JsonProperty("parkNumber") @NotBlank String parkNumber,
        @JsonProperty("size") @NotNull Integer size,
        @JsonProperty("datas") @NotNull @Size(min = 1, max = 10, message = "1 to 10 records") List<@Valid EntryRecord> datas) {
    }

    /** One vehicle entry; {@code plate} is "" for an unlicensed car (then {@code ticketCode} is set). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EntryRecord(
        @JsonProperty("plate") @NotNull String plate,
        @JsonProperty("ticketCode") String ticketCode,
        @JsonProperty("plateColor") String plateColor,
        @JsonProperty("inTime") @NotNull @Pattern(regexp = BluecardTime.DATE_TIME_PATTERN, message = "a time yyyy-MM-dd HH:mm:ss") String inTime,
        @JsonProperty("inChannel") String inChannel,
        @JsonProperty("inImage") String inImage,
        @JsonProperty("orderId") @NotBlank String orderId,
        @JsonProperty("visitReason") String visitReason,
        @JsonProperty("openGateMode") String openGateMode,
        @JsonProperty("matchMode") String matchMode,
        @JsonProperty("idCard") String idCard,
        @JsonProperty("confidence") Integer confidence,
        @JsonProperty("carType") String carType,
        @JsonProperty("userInfo") @Valid UserInfo userInfo,
        @JsonProperty("placeInfo") List<@Valid PlaceInfo> placeInfo) {
    }

    /** Owner details (4.2, 4.3; sub-fields have a blank required column). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UserInfo(
        @JsonProperty("idCard") String idCard,
        @JsonProperty("userName") String userName,
        @JsonProperty("phone") String phone,
        @JsonProperty("address") String address) {
    }

    /** A space the vehicle is assigned to. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlaceInfo(
        @JsonProperty("areaName") String areaName,
        @JsonProperty("placeNumber") String placeNumber,
        @JsonProperty("memo") String memo) {
    }
}
