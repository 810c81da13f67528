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
        @JsonProperty("parkNumber") @NotBlank @Size(max = 64, message = "at most 64 characters") String parkNumber,
        @JsonProperty("method") @NotBlank @Size(max = 256, message = "at most 256 characters") String method,
        @JsonProperty("datas") @NotNull @Size(min = 1, max = 50, message = "1 to 50 records") List<@Valid SyncedEntry> datas,
        @JsonProperty("size") @NotNull Integer size) {
    }

    /** One whitelist change; {@code operate} 1 add, 2 modify, 3 delete; {@code source} 1 online, 2 offline. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SyncedEntry(
        @JsonProperty("plate") @NotNull @Size(max = 256, message = "at most 256 characters") String plate,
        @JsonProperty("fixedId") @NotNull Integer fixedId,
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
        @JsonProperty("source") @Size(max = 256, message = "at most 256 characters") String source,
        @JsonProperty("areasAndValidity") List<WhitelistIssue.@Valid AreaValidity> areasAndValidity,
        @JsonProperty("operate") @NotNull @Size(max = 16, message = "at most 16 characters") String operate) {
    }
}
