package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

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
        @JsonProperty("parkNumber") @NotBlank @Size(max = 64, message = "at most 64 characters") String parkNumber,
        @JsonProperty("imageName") @NotBlank @Size(max = 128, message = "at most 128 characters") String imageName,
        @JsonProperty("image") @NotNull String image) {
    }
}
