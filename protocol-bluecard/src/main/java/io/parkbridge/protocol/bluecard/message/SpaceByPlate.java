package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * 4.34 有车牌/无牌车反查 {@code getSpaceStatusByPlate} (us → Bluecard, space guidance): empty plate = unlicensed cars.
 *
 * <p>Field names are the document's, unknown fields are ignored, enumerated values stay raw strings.
 */
public final class SpaceByPlate {
    private SpaceByPlate() {
    }

    /** The plate (at least 4 characters) or empty. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(
        @JsonProperty("parkNumber") @NotBlank String parkNumber,
        @JsonProperty("method") @NotBlank String method,
        @JsonProperty("plate") String plate) {
    }

    /** Where a car is parked; {@code space_x}/{@code space_y} as the document names them. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Location(
        @JsonProperty("layerId") @NotNull String layerId,
        @JsonProperty("layerName") String layerName,
        @JsonProperty("spaceId") @NotNull String spaceId,
        @JsonProperty("plate") String plate,
        @JsonProperty("carType") String carType,
        @JsonProperty("imgPath") String imgPath,
        @JsonProperty("space_x") String spaceX,
        @JsonProperty("space_y") String spaceY) {
    }
}
