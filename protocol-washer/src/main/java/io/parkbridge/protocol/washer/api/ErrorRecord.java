package io.parkbridge.protocol.washer.api;

/** One fault in a machine's history; createTime as the platform writes it ("2018-12-21 08:07:55"). */
public record ErrorRecord(String errorMessage, String createTime, Integer hasDealt) {
    /** True when the fault was handled (hasDealt 1). */
    public boolean dealtWith() {
        return hasDealt != null && hasDealt == 1;
    }
}
