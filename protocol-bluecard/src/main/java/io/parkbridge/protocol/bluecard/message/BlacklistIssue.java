package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * 4.9 黑名单下发 {@code synBlack} (us → Bluecard): add or modify blacklist entries.
 *
 * <p>Field names are the document's, unknown fields are ignored, enumerated values stay raw strings.
 */
public final class BlacklistIssue {
    private BlacklistIssue() {
    }

    /** Blacklist entries; {@code source} is 线上 or 线下. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(
        @JsonProperty("parkNumber") @NotBlank @Size(max = 64, message = "at most 64 characters") String parkNumber,
        @JsonProperty("source") @NotNull @Size(max = 256, message = "at most 256 characters") String source,
        @JsonProperty("size") @NotNull Integer size,
        @JsonProperty("datas") @NotNull @Size(min = 1, message = "at least one item") List<@Valid BlackEntry> datas) {
    }

    /** One blacklisted plate. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BlackEntry(
        @JsonProperty("plate") @NotBlank @Size(max = 256, message = "at most 256 characters") String plate,
        @JsonProperty("memo") @NotNull @Size(max = 1024, message = "at most 1024 characters") String memo) {
    }
}
