package io.parkbridge.protocol.washer.api;

import java.util.List;

/** Details of the machines asked for. */
public record IotInfoReply(Integer code, String msg, List<IotInfo> iotList) implements WasherReply {
    public IotInfoReply {
        iotList = iotList == null ? List.of() : List.copyOf(iotList);
    }
}
