package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
        @JsonProperty("parkNumber") @NotBlank String parkNumber,
        @JsonProperty("datas") @NotNull List<@Valid PlateRef> datas,
        @JsonProperty("size") @NotNull Integer size) {
    }

    /** A plate to query. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlateRef(
        @JsonProperty("plate") @NotNull String plate) {
    }

    /** A whitelist entry as Bluecard holds it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WhiteEntryFound(
        @JsonProperty("plate") @NotNull String plate,
        @JsonProperty("chargeType") String chargeType,
        @JsonProperty("name") String name,
        @JsonProperty("certificate") String certificate,
        @JsonProperty("address") String address,
        @JsonProperty("phone") String phone,
        @JsonProperty("plateColor") String plateColor,
        @JsonProperty("start") String start,
        @JsonProperty("end") String end,
        @JsonProperty("dept") String dept,
        @JsonProperty("carType") String carType,
        @JsonProperty("memo") String memo,
        @JsonProperty("timeStamp") String timeStamp,
        @JsonProperty("areasAndValidity") List<WhitelistIssue.@Valid AreaValidity> areasAndValidity) {
    }
}
