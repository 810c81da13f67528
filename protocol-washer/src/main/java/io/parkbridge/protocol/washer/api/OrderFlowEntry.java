package io.parkbridge.protocol.washer.api;

/** One step in an order's log: when, which machine, which record type, the machine's status. */
public record OrderFlowEntry(String createTime, Long iotId, Long programId, Integer mark, Integer volume,
        String iotStatus, String logType) {

    public IotStatus status() {
        return IotStatus.of(iotStatus);
    }

    public LogType type() {
        return LogType.of(logType);
    }
}
