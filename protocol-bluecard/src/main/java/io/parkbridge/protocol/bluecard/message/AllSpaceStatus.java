package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 4.33 所有车位状态查询 {@code getAllSpaceStatus} (us → Bluecard, space guidance); {@code datas} is an array.
 *
 * <p>Field names are the document's, unknown fields are ignored, enumerated values stay raw strings.
 */
public final class AllSpaceStatus {
    private AllSpaceStatus() {
    }

    /** The query. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(
        @JsonProperty("parkNumber") @NotBlank @Size(max = 64, message = "at most 64 characters") String parkNumber,
        @JsonProperty("method") @NotBlank @Size(max = 256, message = "at most 256 characters") String method) {
    }

    /** One space; {@code rateState} 1 occupied, 0 free. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Space(
        @JsonProperty("layerId") @NotNull @Size(max = 256, message = "at most 256 characters") String layerId,
        @JsonProperty("layerName") @Size(max = 256, message = "at most 256 characters") String layerName,
        @JsonProperty("spaceId") @NotNull @Size(max = 256, message = "at most 256 characters") String spaceId,
        @JsonProperty("rateState") @NotNull Integer rateState,
        @JsonProperty("plate") @Size(max = 256, message = "at most 256 characters") String plate,
        @JsonProperty("carType") @Size(max = 256, message = "at most 256 characters") String carType) {
    }
}
