package io.parkbridge.protocol.carsafe.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;

/** 9.2 上传出场记录. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExitUpload(@JsonProperty("areaId") @NotBlank String areaId,
        @JsonProperty("cardInId") @NotBlank String cardInId, @JsonProperty("outDate") @NotBlank String outDate,
        @JsonProperty("cardNo") String cardNo, @JsonProperty("gateno") String gateNo,
        @JsonProperty("gatename") String gateName) {
}
