package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * 4.21 通道信息上传 (Bluecard → us): lanes, sent when they change.
 *
 * <p>Field names are the document's, unknown fields are ignored, enumerated values stay raw strings.
 */
public final class LaneInfo {
    private LaneInfo() {
    }

    /** Lanes; the table says object, the example and {@code size} say array (L1658/L1666). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(
        @JsonProperty("parkNumber") @NotBlank @Size(max = 64, message = "at most 64 characters") String parkNumber,
        @JsonProperty("size") @NotNull Integer size,
        @JsonProperty("datas") @NotNull @Size(min = 1, max = 10, message = "1 to 10 records") List<@Valid Lane> datas) {
    }

    /** One lane between two areas. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Lane(
        @JsonProperty("passagewayId") @NotBlank @Size(max = 64, message = "at most 64 characters") String passagewayId,
        @JsonProperty("passagewayName") @NotNull @Size(max = 256, message = "at most 256 characters") String passagewayName,
        @JsonProperty("sourceAreaId") @Size(max = 256, message = "at most 256 characters") String sourceAreaId,
        @JsonProperty("targetAreaId") @Size(max = 256, message = "at most 256 characters") String targetAreaId) {
    }
}
