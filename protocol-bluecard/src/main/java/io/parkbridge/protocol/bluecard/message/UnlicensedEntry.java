package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.parkbridge.protocol.bluecard.BluecardTime;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

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
        @JsonProperty("parkNumber") @NotBlank @Size(max = 64, message = "at most 64 characters") String parkNumber,
        @JsonProperty("method") @NotBlank @Size(max = 256, message = "at most 256 characters") String method,
        @JsonProperty("codeKind") @NotNull @Size(max = 256, message = "at most 256 characters") String codeKind,
        @JsonProperty("authId") @NotBlank @Size(max = 128, message = "at most 128 characters") String authId,
        @JsonProperty("passagewayId") @NotBlank @Size(max = 64, message = "at most 64 characters") String passagewayId,
        @JsonProperty("ephemeralPlate") @NotNull @Size(max = 256, message = "at most 256 characters") String ephemeralPlate) {
    }

    /** The temporary plate and entry. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(
        @JsonProperty("plate") @NotNull @Size(max = 256, message = "at most 256 characters") String plate,
        @JsonProperty("inTime") @NotNull @Pattern(regexp = BluecardTime.DATE_TIME_PATTERN, message = "a time yyyy-MM-dd HH:mm:ss") @Size(max = 256, message = "at most 256 characters") String inTime,
        @JsonProperty("inImage") @Size(max = 256, message = "at most 256 characters") String inImage) {
    }
}
