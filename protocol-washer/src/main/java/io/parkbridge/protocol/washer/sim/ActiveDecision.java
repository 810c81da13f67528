package io.parkbridge.protocol.washer.sim;

import io.parkbridge.protocol.washer.inbound.ActiveReply;
import java.util.List;

/**
 * What the merchant answered to one active request, as the simulated platform saw it.
 *
 * @param callType the request type sent
 * @param iotId the machine
 * @param requestBody the exact body sent
 * @param httpStatus the merchant's HTTP status, -1 when no reply came (timeout, refused connection)
 * @param reply the parsed reply, null when none or unparseable
 * @param violations how the reply breaks the documented rules (empty when it follows them)
 * @param elapsedMillis how long the merchant took
 */
public record ActiveDecision(String callType, long iotId, String requestBody, int httpStatus, ActiveReply reply,
        List<String> violations, long elapsedMillis) {
    public ActiveDecision {
        violations = List.copyOf(violations);
    }

    /** True if the platform would start the machine (HTTP 200, isOk 1, no rule broken). */
    public boolean approved() {
        return httpStatus == 200 && reply != null && reply.isOk() == 1 && violations.isEmpty();
    }

    /** The merchant's order id, or null. */
    public String orderId() {
        return reply == null ? null : reply.orderId();
    }
}
