package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * 4.30 无牌车出场 {@code unlicensedCarOut} (us → Bluecard): the driver scanned the exit code; answers the 4.4 fee block.
 *
 * <p>Field names are the document's, unknown fields are ignored, enumerated values stay raw strings.
 */
public final class UnlicensedExit {
    private UnlicensedExit() {
    }

    /** Who is leaving where. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(
        @JsonProperty("parkNumber") @NotBlank String parkNumber,
        @JsonProperty("method") @NotBlank String method,
        @JsonProperty("codeKind") @NotNull String codeKind,
        @JsonProperty("authId") @NotBlank String authId,
        @JsonProperty("passagewayId") @NotBlank String passagewayId,
        @JsonProperty("ephemeralPlate") @NotNull String ephemeralPlate) {
    }
}
