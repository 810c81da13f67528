package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 4.10 黑名单删除 {@code delBlack} (us → Bluecard). An empty plate clears the WHOLE blacklist (L992).
 *
 * <p>Field names are the document's, unknown fields are ignored, enumerated values stay raw strings.
 */
public final class BlacklistDelete {
    private BlacklistDelete() {
    }

    /** Blacklist delete. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(
        @JsonProperty("parkNumber") @NotBlank @Size(max = 64, message = "at most 64 characters") String parkNumber,
        @JsonProperty("plate") @NotNull @Size(max = 256, message = "at most 256 characters") String plate) {
    }
}
