package io.parkbridge.protocol.carsafe.message;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** 6.72 add / 6.76 get blacklist entry ({@code autoID} as printed in 6.73/6.76). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BlacklistEntry(@JsonProperty("autoID") @JsonAlias("autoId") String autoId,
        @JsonProperty("plateNo") String plateNo, @JsonProperty("blackType") String blackType,
        @JsonProperty("startDateTime") String startDateTime, @JsonProperty("endDateTime") String endDateTime,
        @JsonProperty("blackHintId") String blackHintId, @JsonProperty("remark") String remark) {
}
