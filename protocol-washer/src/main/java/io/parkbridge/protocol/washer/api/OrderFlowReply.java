package io.parkbridge.protocol.washer.api;

import java.util.List;

/** The log of an order. */
public record OrderFlowReply(Integer code, String msg, List<OrderFlowEntry> advOrderList) implements WasherReply {
    public OrderFlowReply {
        advOrderList = advOrderList == null ? List.of() : List.copyOf(advOrderList);
    }
}
