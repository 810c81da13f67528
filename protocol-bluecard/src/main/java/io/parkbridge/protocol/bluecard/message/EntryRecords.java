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
        @JsonProperty("parkNumber") @NotBlank @Size(max = 64, message = "at most 64 characters") String parkNumber,
        @JsonProperty("size") @NotNull Integer size,
        @JsonProperty("datas") @NotNull @Size(min = 1, max = 10, message = "1 to 10 records") List<@Valid EntryRecord> datas) {
    }

    /** One vehicle entry; {@code plate} is "" for an unlicensed car (then {@code ticketCode} is set). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EntryRecord(
        @JsonProperty("plate") @NotNull @Size(max = 256, message = "at most 256 characters") String plate,
        @JsonProperty("ticketCode") @Size(max = 256, message = "at most 256 characters") String ticketCode,
        @JsonProperty("plateColor") @Size(max = 256, message = "at most 256 characters") String plateColor,
        @JsonProperty("inTime") @NotNull @Pattern(regexp = BluecardTime.DATE_TIME_PATTERN, message = "a time yyyy-MM-dd HH:mm:ss") @Size(max = 256, message = "at most 256 characters") String inTime,
        @JsonProperty("inChannel") @Size(max = 256, message = "at most 256 characters") String inChannel,
        @JsonProperty("inImage") @Size(max = 256, message = "at most 256 characters") String inImage,
        @JsonProperty("orderId") @NotBlank @Size(max = 64, message = "at most 64 characters") String orderId,
        @JsonProperty("visitReason") @Size(max = 1024, message = "at most 1024 characters") String visitReason,
        @JsonProperty("openGateMode") @Size(max = 256, message = "at most 256 characters") String openGateMode,
        @JsonProperty("matchMode") @Size(max = 256, message = "at most 256 characters") String matchMode,
        @JsonProperty("idCard") @Size(max = 256, message = "at most 256 characters") String idCard,
        @JsonProperty("confidence") Integer confidence,
        @JsonProperty("carType") @Size(max = 256, message = "at most 256 characters") String carType,
        @JsonProperty("userInfo") @Valid UserInfo userInfo,
        @JsonProperty("placeInfo") List<@Valid PlaceInfo> placeInfo) {
    }

    /** Owner details (4.2, 4.3; sub-fields have a blank required column). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UserInfo(
        @JsonProperty("idCard") @Size(max = 256, message = "at most 256 characters") String idCard,
        @JsonProperty("userName") @Size(max = 256, message = "at most 256 characters") String userName,
        @JsonProperty("phone") @Size(max = 256, message = "at most 256 characters") String phone,
        @JsonProperty("address") @Size(max = 1024, message = "at most 1024 characters") String address) {
    }

    /** A space the vehicle is assigned to. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlaceInfo(
        @JsonProperty("areaName") @Size(max = 256, message = "at most 256 characters") String areaName,
        @JsonProperty("placeNumber") @Size(max = 256, message = "at most 256 characters") String placeNumber,
        @JsonProperty("memo") @Size(max = 1024, message = "at most 1024 characters") String memo) {
    }
}
