package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.parkbridge.protocol.bluecard.BluecardTime;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * 4.28 第三方开闸 (Bluecard → us, general mode {@code method=opengate}): open, refuse, or let the park decide.
 *
 * <p>Field names are the document's, unknown fields are ignored, enumerated values stay raw strings.
 */
public final class OpenGate {
    private OpenGate() {
    }

    /** A vehicle at a lane; {@code inOutType} 1 entry, 2 exit. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(
        @JsonProperty("parkNumber") @NotBlank @Size(max = 64, message = "at most 64 characters") String parkNumber,
        @JsonProperty("method") @NotBlank @Size(max = 256, message = "at most 256 characters") String method,
        @JsonProperty("plate") @NotNull @Size(max = 256, message = "at most 256 characters") String plate,
        @JsonProperty("plateColor") @Size(max = 256, message = "at most 256 characters") String plateColor,
        @JsonProperty("carType") @NotNull @Size(max = 256, message = "at most 256 characters") String carType,
        @JsonProperty("confidence") Integer confidence,
        @JsonProperty("doTime") @NotNull @Pattern(regexp = BluecardTime.DATE_TIME_PATTERN, message = "a time yyyy-MM-dd HH:mm:ss") @Size(max = 256, message = "at most 256 characters") String doTime,
        @JsonProperty("passageway") @NotNull @Size(max = 256, message = "at most 256 characters") String passageway,
        @JsonProperty("inOutType") @NotNull Integer inOutType,
        @JsonProperty("area") @Size(max = 256, message = "at most 256 characters") String area) {
    }
}
