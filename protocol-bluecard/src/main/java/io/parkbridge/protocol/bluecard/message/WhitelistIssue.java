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
 * 4.6 白名单下发 {@code synWhite} (us → Bluecard): add or modify up to 50 whitelist entries; wait 5 s between requests.
 *
 * <p>Field names are the document's, unknown fields are ignored, enumerated values stay raw strings.
 */
public final class WhitelistIssue {
    private WhitelistIssue() {
    }

    /** Whitelist entries to add or modify. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(
        @JsonProperty("parkNumber") @NotBlank @Size(max = 64, message = "at most 64 characters") String parkNumber,
        @JsonProperty("size") @NotNull Integer size,
        @JsonProperty("datas") @NotNull @Size(min = 1, max = 50, message = "1 to 50 records") List<@Valid WhiteEntry> datas) {
    }

    /** One whitelist entry; {@code start}/{@code end} are dates. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WhiteEntry(
        @JsonProperty("plate") @NotBlank @Size(max = 256, message = "at most 256 characters") String plate,
        @JsonProperty("chargeType") @NotNull @Size(max = 256, message = "at most 256 characters") String chargeType,
        @JsonProperty("name") @NotNull @Size(max = 256, message = "at most 256 characters") String name,
        @JsonProperty("certificate") @NotNull @Size(max = 256, message = "at most 256 characters") String certificate,
        @JsonProperty("address") @NotNull @Size(max = 1024, message = "at most 1024 characters") String address,
        @JsonProperty("phone") @NotNull @Size(max = 256, message = "at most 256 characters") String phone,
        @JsonProperty("plateColor") @NotNull @Size(max = 256, message = "at most 256 characters") String plateColor,
        @JsonProperty("start") @NotNull @Pattern(regexp = BluecardTime.DATE_PATTERN, message = "a date yyyy-MM-dd") @Size(max = 256, message = "at most 256 characters") String start,
        @JsonProperty("end") @NotNull @Pattern(regexp = BluecardTime.DATE_PATTERN, message = "a date yyyy-MM-dd") @Size(max = 256, message = "at most 256 characters") String end,
        @JsonProperty("dept") @NotNull @Size(max = 256, message = "at most 256 characters") String dept,
        @JsonProperty("carType") @NotNull @Size(max = 256, message = "at most 256 characters") String carType,
        @JsonProperty("memo") @NotNull @Size(max = 1024, message = "at most 1024 characters") String memo,
        @JsonProperty("areasAndValidity") @NotNull List<@Valid AreaValidity> areasAndValidity) {
    }

    /** Validity of an entry in one area. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AreaValidity(
        @JsonProperty("areaId") @NotNull Integer areaId,
        @JsonProperty("start") @NotNull @Pattern(regexp = BluecardTime.DATE_PATTERN, message = "a date yyyy-MM-dd") @Size(max = 256, message = "at most 256 characters") String start,
        @JsonProperty("end") @NotNull @Pattern(regexp = BluecardTime.DATE_PATTERN, message = "a date yyyy-MM-dd") @Size(max = 256, message = "at most 256 characters") String end) {
    }
}
