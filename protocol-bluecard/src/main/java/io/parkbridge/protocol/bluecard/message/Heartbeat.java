package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * 4.1 心跳接口 (Bluecard → us, every 30 s): park and area space counts.
 *
 * <p>Field names are the document's, unknown fields are ignored, enumerated values stay raw strings.
 */
public final class Heartbeat {
    private Heartbeat() {
    }

    /** The heartbeat body. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(
        @JsonProperty("parkNumber") @NotBlank @Size(max = 64, message = "at most 64 characters") String parkNumber,
        @JsonProperty("parkName") @NotNull @Size(max = 256, message = "at most 256 characters") String parkName,
        @JsonProperty("spaceCount") @NotNull Integer spaceCount,
        @JsonProperty("freeSpaceCount") @NotNull Integer freeSpaceCount,
        @JsonProperty("bookSpaceCount") @NotNull Integer bookSpaceCount,
        @JsonProperty("bookInParkCount") @NotNull Integer bookInParkCount,
        @JsonProperty("areaList") @NotNull List<@Valid Area> areaList) {
    }

    /** One area of the park (the only place area ids and names are listed). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Area(
        @JsonProperty("areaName") @NotNull @Size(max = 256, message = "at most 256 characters") String areaName,
        @JsonProperty("spaceCount") @NotNull Integer spaceCount,
        @JsonProperty("lastSpaceCount") @NotNull Integer lastSpaceCount,
        @JsonProperty("bookSpaceCount") @NotNull Integer bookSpaceCount,
        @JsonProperty("bookInParkCount") @NotNull Integer bookInParkCount,
        @JsonProperty("areaId") @NotNull Integer areaId) {
    }
}
