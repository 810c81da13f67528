package io.parkbridge.protocol.washer.sim;

import io.parkbridge.protocol.washer.inbound.ActiveReply;
import java.util.ArrayList;
import java.util.List;

/** The documented rules of the reply to an active request, checked as the platform would. */
final class ReplyRules {
    private ReplyRules() {
    }

    static List<String> check(String callType, String text, ActiveReply r) {
        List<String> v = new ArrayList<>();
        for (String field : List.of("\"isOk\"", "\"mark\"", "\"balance\"", "\"orderId\"")) {
            if (!text.contains(field)) {
                v.add(field.replace("\"", "") + ": required");
            }
        }
        if (r.isOk() != 0 && r.isOk() != 1) {
            v.add("isOk: expected 0 or 1, got " + r.isOk());
        }
        if (r.mark() < 1 || r.mark() > 3) {
            v.add("mark: expected 1-3, got " + r.mark());
        }
        if (r.orderId() == null || r.orderId().isBlank()) {
            v.add("orderId: required");
        }
        if ("WP1_SWIPE_CARD".equals(callType)) {
            if (r.volume() == null || r.volume() % 100 != 0) {
                v.add("volume: expected a multiple of 100 for WP1_SWIPE_CARD");
            }
            if (r.maxWaitTime() == null || r.maxWaitTime() < 30 || r.maxWaitTime() > 120) {
                v.add("maxWaitTime: expected 30-120 for WP1_SWIPE_CARD");
            }
        }
        return v;
    }
}
