package io.parkbridge.core.wash;

/**
 * Port: decides whether a washer or purifier serves a customer. Must answer well inside the
 * platform's 20 s read timeout; the inbound handler refuses on its behalf when it does not.
 */
@FunctionalInterface
public interface WashDecisionPolicy {
    WashDecision decide(WashRequest request);
}
