package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * 4.20 根据图片名获取图片地址 {@code queryImgByName} (us → Bluecard): image names (verbatim, with any ^NN suffix) to URLs.
 *
 * <p>Field names are the document's, unknown fields are ignored, enumerated values stay raw strings.
 */
public final class ImageQuery {
    private ImageQuery() {
    }

    /** Image names. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(
        @JsonProperty("parkNumber") @NotBlank @Size(max = 64, message = "at most 64 characters") String parkNumber,
        @JsonProperty("datas") @NotNull @Size(min = 1, message = "at least one item") List<String> datas) {
    }

    /** The URLs. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(
        @JsonProperty("timeStamp") @Size(max = 32, message = "at most 32 characters") String timeStamp,
        @JsonProperty("imageList") @NotNull List<@Valid Image> imageList) {
    }

    /** One image. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Image(
        @JsonProperty("imageName") @NotNull @Size(max = 128, message = "at most 128 characters") String imageName,
        @JsonProperty("imageURL") @NotNull @Size(max = 2048, message = "at most 2048 characters") String imageURL) {
    }
}
