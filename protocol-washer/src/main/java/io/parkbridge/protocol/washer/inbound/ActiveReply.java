package io.parkbridge.protocol.washer.inbound;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Our reply to an active request, with the platform's field names. {@code volume} and
 * {@code maxWaitTime} are sent only for WP1_SWIPE_CARD (where they are required) and left out
 * otherwise.
 *
 * @param isOk 1 serve the customer, 0 refuse
 * @param mark wash scheme 1-3
 * @param balance balance shown on the machine, in fen
 * @param orderId our order id for this swipe, always present
 * @param volume water in ml (multiple of 100), purifier only
 * @param maxWaitTime seconds the purifier waits (30-120), purifier only
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"isOk", "mark", "balance", "orderId", "volume", "maxWaitTime"})
public record ActiveReply(@JsonProperty("isOk") int isOk, @JsonProperty("mark") int mark,
        @JsonProperty("balance") long balance, @JsonProperty("orderId") String orderId,
        @JsonProperty("volume") Integer volume, @JsonProperty("maxWaitTime") Integer maxWaitTime) {

    /** True if the customer is served. */
    public boolean approved() {
        return isOk == 1;
    }
}
