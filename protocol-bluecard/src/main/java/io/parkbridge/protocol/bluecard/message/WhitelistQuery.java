package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * 4.8 白名单查询 {@code queryWhite} (us → Bluecard).
 *
 * <p>Field names are the document's, unknown fields are ignored, enumerated values stay raw strings.
 */
public final class WhitelistQuery {
    private WhitelistQuery() {
    }

    /** Plates to look up. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(
        @JsonProperty("parkNumber") @NotBlank @Size(max = 64, message = "at most 64 characters") String parkNumber,
        @JsonProperty("datas") @NotNull List<@Valid PlateRef> datas,
        @JsonProperty("size") @NotNull Integer size) {
    }

    /** A plate to query. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlateRef(
        @JsonProperty("plate") @NotNull @Size(max = 256, message = "at most 256 characters") String plate) {
    }

    /** A whitelist entry as Bluecard holds it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WhiteEntryFound(
        @JsonProperty("plate") @NotNull @Size(max = 256, message = "at most 256 characters") String plate,
        @JsonProperty("chargeType") @Size(max = 256, message = "at most 256 characters") String chargeType,
        @JsonProperty("name") @Size(max = 256, message = "at most 256 characters") String name,
        @JsonProperty("certificate") @Size(max = 256, message = "at most 256 characters") String certificate,
        @JsonProperty("address") @Size(max = 1024, message = "at most 1024 characters") String address,
        @JsonProperty("phone") @Size(max = 256, message = "at most 256 characters") String phone,
        @JsonProperty("plateColor") @Size(max = 256, message = "at most 256 characters") String plateColor,
        @JsonProperty("start") @Size(max = 256, message = "at most 256 characters") String start,
        @JsonProperty("end") @Size(max = 256, message = "at most 256 characters") String end,
        @JsonProperty("dept") @Size(max = 256, message = "at most 256 characters") String dept,
        @JsonProperty("carType") @Size(max = 256, message = "at most 256 characters") String carType,
        @JsonProperty("memo") @Size(max = 1024, message = "at most 1024 characters") String memo,
        @JsonProperty("timeStamp") @Size(max = 32, message = "at most 32 characters") String timeStamp,
        @JsonProperty("areasAndValidity") List<WhitelistIssue.@Valid AreaValidity> areasAndValidity) {
    }
}
