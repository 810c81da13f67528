package io.parkbridge.adapter.http;

import io.parkbridge.protocol.bluecard.inbound.BluecardApplication;
import io.parkbridge.protocol.bluecard.inbound.GateDecision;
import io.parkbridge.protocol.bluecard.message.OpenGate;

/**
 * Registered with ServiceLoader for the tests: refuses one plate at the gate and otherwise keeps
 * every default, so servers that discover it behave as without it.
 */
public final class DiscoveredBluecardApplication implements BluecardApplication {
    public static final String PLATE = "京S00000";

    @Override
    public GateDecision openGate(OpenGate.Request request) {
        return PLATE.equals(request.plate()) ? GateDecision.refuse("refused by the discovered application")
                : BluecardApplication.super.openGate(request);
    }
}
