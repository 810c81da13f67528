package io.parkbridge.protocol.carsafe.message;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;

/** 7.6 门禁开门 request (lower-case wire names as printed). */
public record DoorOpenRequest(@JsonProperty("userid") @NotBlank String userId,
        @JsonProperty("controllerno") @NotBlank String controllerNo, @JsonProperty("doorno") @NotBlank String doorNo) {
}
