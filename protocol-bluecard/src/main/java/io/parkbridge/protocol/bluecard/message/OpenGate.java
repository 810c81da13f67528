package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.parkbridge.protocol.bluecard.BluecardTime;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

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
        @JsonProperty("parkNumber") @NotBlank String parkNumber,
        @JsonProperty("method") @NotBlank String method,
        @JsonProperty("plate") @NotNull String plate,
        @JsonProperty("plateColor") String plateColor,
        @JsonProperty("carType") @NotNull String carType,
        @JsonProperty("confidence") Integer confidence,
        @JsonProperty("doTime") @NotNull @Pattern(regexp = BluecardTime.DATE_TIME_PATTERN, message = "a time yyyy-MM-dd HH:mm:ss") String doTime,
        @JsonProperty("passageway") @NotNull String passageway,
        @JsonProperty("inOutType") @NotNull Integer inOutType,
        @JsonProperty("area") String area) {
    }
}
