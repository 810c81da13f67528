package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 4.7 白名单删除 {@code delWhite} (us → Bluecard). An empty plate deletes the WHOLE whitelist (L852).
 *
 * <p>Field names are the document's, unknown fields are ignored, enumerated values stay raw strings.
 */
public final class WhitelistDelete {
    private WhitelistDelete() {
    }

    /** Whitelist delete. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(
        @JsonProperty("parkNumber") @NotBlank @Size(max = 64, message = "at most 64 characters") String parkNumber,
        @JsonProperty("plate") @NotNull @Size(max = 256, message = "at most 256 characters") String plate) {
    }
}
