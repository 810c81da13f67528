package io.parkbridge.protocol.washer.api;

import java.util.List;

/** One page of a machine's fault history and the total count. */
public record ErrorLogReply(Integer code, String msg, List<ErrorRecord> resList, Long total) implements WasherReply {
    public ErrorLogReply {
        resList = resList == null ? List.of() : List.copyOf(resList);
    }
}
