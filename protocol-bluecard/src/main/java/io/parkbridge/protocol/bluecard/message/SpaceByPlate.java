package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

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
        @JsonProperty("parkNumber") @NotBlank @Size(max = 64, message = "at most 64 characters") String parkNumber,
        @JsonProperty("method") @NotBlank @Size(max = 256, message = "at most 256 characters") String method,
        @JsonProperty("plate") @Size(max = 256, message = "at most 256 characters") String plate) {
    }

    /** Where a car is parked; {@code space_x}/{@code space_y} as the document names them. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Location(
        @JsonProperty("layerId") @NotNull @Size(max = 256, message = "at most 256 characters") String layerId,
        @JsonProperty("layerName") @Size(max = 256, message = "at most 256 characters") String layerName,
        @JsonProperty("spaceId") @NotNull @Size(max = 256, message = "at most 256 characters") String spaceId,
        @JsonProperty("plate") @Size(max = 256, message = "at most 256 characters") String plate,
        @JsonProperty("carType") @Size(max = 256, message = "at most 256 characters") String carType,
        @JsonProperty("imgPath") @Size(max = 2048, message = "at most 2048 characters") String imgPath,
        @JsonProperty("space_x") @Size(max = 256, message = "at most 256 characters") String spaceX,
        @JsonProperty("space_y") @Size(max = 256, message = "at most 256 characters") String spaceY) {
    }
}
