package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

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
        @JsonProperty("parkNumber") @NotBlank String parkNumber,
        @JsonProperty("method") @NotBlank String method) {
    }

    /** One space; {@code rateState} 1 occupied, 0 free. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Space(
        @JsonProperty("layerId") @NotNull String layerId,
        @JsonProperty("layerName") String layerName,
        @JsonProperty("spaceId") @NotNull String spaceId,
        @JsonProperty("rateState") @NotNull Integer rateState,
        @JsonProperty("plate") String plate,
        @JsonProperty("carType") String carType) {
    }
}
