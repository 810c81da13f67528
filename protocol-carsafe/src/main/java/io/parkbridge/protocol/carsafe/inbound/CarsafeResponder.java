package io.parkbridge.protocol.carsafe.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeInterface;

/**
 * The application's answer to an inbound interface that expects data back (e.g. 11.12
 * {@code afterPay}, 11.24 entry decision, 11.38 fee reduction). Called after the message is
 * verified and stored; the returned value (Map, record or JsonNode; null = none) becomes the
 * reply's {@code data}.
 */
@FunctionalInterface
public interface CarsafeResponder {
    Object respond(CarsafeInterface iface, JsonNode data);
}
