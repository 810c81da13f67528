package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * 4.22 远程抬杆 {@code RemoteLiftRod} (us → Bluecard): lift a lane's barrier.
 *
 * <p>Field names are the document's, unknown fields are ignored, enumerated values stay raw strings.
 */
public final class RemoteLiftRod {
    private RemoteLiftRod() {
    }

    /** Which lane. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(
        @JsonProperty("parkNumber") @NotBlank @Size(max = 64, message = "at most 64 characters") String parkNumber,
        @JsonProperty("passagewayId") @NotBlank @Size(max = 64, message = "at most 64 characters") String passagewayId) {
    }
}
