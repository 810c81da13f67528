package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.parkbridge.protocol.bluecard.BluecardTime;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * 4.29 无牌车入场 {@code unlicensedCarIn} (us → Bluecard): the driver scanned the entry code.
 *
 * <p>Field names are the document's, unknown fields are ignored, enumerated values stay raw strings.
 */
public final class UnlicensedEntry {
    private UnlicensedEntry() {
    }

    /** Who is entering where; {@code codeKind} 1 WeChat, 2 Alipay, 3 other. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(
        @JsonProperty("parkNumber") @NotBlank String parkNumber,
        @JsonProperty("method") @NotBlank String method,
        @JsonProperty("codeKind") @NotNull String codeKind,
        @JsonProperty("authId") @NotBlank String authId,
        @JsonProperty("passagewayId") @NotBlank String passagewayId,
        @JsonProperty("ephemeralPlate") @NotNull String ephemeralPlate) {
    }

    /** The temporary plate and entry. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(
        @JsonProperty("plate") @NotNull String plate,
        @JsonProperty("inTime") @NotNull @Pattern(regexp = BluecardTime.DATE_TIME_PATTERN, message = "a time yyyy-MM-dd HH:mm:ss") String inTime,
        @JsonProperty("inImage") String inImage) {
    }
}
