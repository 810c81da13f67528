package io.parkbridge.protocol.bluecard.gateway;

import io.parkbridge.core.event.DomainEvent;
import io.parkbridge.core.event.EventHandler;
import io.parkbridge.core.plate.Plate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which entry record ({@code orderId}) each plate in the park belongs to. Bluecard's fee,
 * payment and coupon calls (4.4, 4.5, 4.23) need the {@code orderId} of the current stay, while
 * the core speaks of plates: this index is fed by the entry (4.2) and exit (4.3) events — use it
 * as (or inside) the inbound handler's listener. In memory; rebuild it from the inbox on start.
 */
public final class OpenStays implements EventHandler {
    private final Map<String, String> orderByPlate = new ConcurrentHashMap<>();

    @Override
    public void handle(DomainEvent event) {
        if (event instanceof DomainEvent.VehicleEntered e && !e.plate().isUnlicensed()) {
            orderByPlate.put(e.plate().number(), e.recordId());
        } else if (event instanceof DomainEvent.VehicleExited x) {
            orderByPlate.remove(x.plate().number(), x.recordId());
        }
    }

    /** Records a stay learnt another way (e.g. from 4.29). */
    public void put(Plate plate, String orderId) {
        orderByPlate.put(plate.number(), orderId);
    }

    /** The {@code orderId} of the plate's current stay. */
    public Optional<String> orderId(Plate plate) {
        return Optional.ofNullable(orderByPlate.get(plate.number()));
    }
}
