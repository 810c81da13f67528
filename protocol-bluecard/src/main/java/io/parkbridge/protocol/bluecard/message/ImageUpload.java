package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * 4.14 进出记录图片上传 (Bluecard → us): Base64 image; '+' may arrive as ' ' (L1204).
 *
 * <p>Field names are the document's, unknown fields are ignored, enumerated values stay raw strings.
 */
public final class ImageUpload {
    private ImageUpload() {
    }

    /** One image. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(
        @JsonProperty("parkNumber") @NotBlank String parkNumber,
        @JsonProperty("imageName") @NotBlank String imageName,
        @JsonProperty("image") @NotNull String image) {
    }
}
