package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The most common payload: {@code {"timeStamp":"1531292508030"}}, epoch milliseconds as a string
 * (examples sometimes send a number; both are read).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimeStampData(@JsonProperty("timeStamp") String timeStamp) {
}
