package io.parkbridge.protocol.washer.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Positive;
import java.util.List;

/** Machine details for {@code iotIdList}; null asks for every machine. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IotInfoRequest(List<@Positive Long> iotIdList) {
    public IotInfoRequest {
        iotIdList = iotIdList == null ? null : List.copyOf(iotIdList);
    }
}
