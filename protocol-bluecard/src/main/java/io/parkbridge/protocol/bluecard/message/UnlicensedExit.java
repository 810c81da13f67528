package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

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
        @JsonProperty("parkNumber") @NotBlank @Size(max = 64, message = "at most 64 characters") String parkNumber,
        @JsonProperty("method") @NotBlank @Size(max = 256, message = "at most 256 characters") String method,
        @JsonProperty("codeKind") @NotNull @Size(max = 256, message = "at most 256 characters") String codeKind,
        @JsonProperty("authId") @NotBlank @Size(max = 128, message = "at most 128 characters") String authId,
        @JsonProperty("passagewayId") @NotBlank @Size(max = 64, message = "at most 64 characters") String passagewayId,
        @JsonProperty("ephemeralPlate") @NotNull @Size(max = 256, message = "at most 256 characters") String ephemeralPlate) {
    }
}
