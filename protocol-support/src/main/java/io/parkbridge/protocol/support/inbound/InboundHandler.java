package io.parkbridge.protocol.support.inbound;

/**
 * Handles requests a vendor sends us. Implementations verify, validate, de-duplicate, hand
 * events over durably and produce the exact reply the vendor expects. They never throw for bad
 * input: malformed requests get the vendor's error shape.
 */
@FunctionalInterface
public interface InboundHandler {
    /** The reply to {@code request}; never throws for bad input. */
    InboundResponse handle(InboundRequest request);
}
