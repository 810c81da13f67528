package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * 4.32 白名单信息同步至第三方云 (Bluecard → us, general mode {@code method=fixedListUp}).
 *
 * <p>Field names are the document's, unknown fields are ignored, enumerated values stay raw strings.
 */
public final class WhitelistSync {
    private WhitelistSync() {
    }

    /** A batch of whitelist changes (batch size configurable on Bluecard's side). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(
        @JsonProperty("parkNumber") @NotBlank String parkNumber,
        @JsonProperty("method") @NotBlank String method,
        @JsonProperty("datas") @NotNull @Size(min = 1, max = 50, message = "1 to 50 records") List<@Valid SyncedEntry> datas,
        @JsonProperty("size") @NotNull Integer size) {
    }

    /** One whitelist change; {@code operate} 1 add, 2 modify, 3 delete; {@code source} 1 online, 2 offline. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SyncedEntry(
        @JsonProperty("plate") @NotNull String plate,
        @JsonProperty("fixedId") @NotNull Integer fixedId,
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
        @JsonProperty("source") String source,
        @JsonProperty("areasAndValidity") List<WhitelistIssue.@Valid AreaValidity> areasAndValidity,
        @JsonProperty("operate") @NotNull String operate) {
    }
}
