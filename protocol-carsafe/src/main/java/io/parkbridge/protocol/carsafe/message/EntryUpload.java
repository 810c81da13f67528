package io.parkbridge.protocol.carsafe.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;

/** 9.1 上传入场记录 (one of cardNo / licensePlate is required). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntryUpload(@JsonProperty("areaId") @NotBlank String areaId,
        @JsonProperty("cardInId") @NotBlank String cardInId, @JsonProperty("cardNo") String cardNo,
        @JsonProperty("licensePlate") String licensePlate, @JsonProperty("inDate") @NotBlank String inDate,
        @JsonProperty("gateno") String gateNo, @JsonProperty("gatename") String gateName) {
    public EntryUpload {
        if ((cardNo == null || cardNo.isBlank()) && (licensePlate == null || licensePlate.isBlank())) {
            throw new IllegalArgumentException("cardNo/licensePlate: expected one of them");
        }
    }
}
