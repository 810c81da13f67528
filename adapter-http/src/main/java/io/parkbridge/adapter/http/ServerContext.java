package io.parkbridge.adapter.http;

import io.parkbridge.adapter.http.config.ParkBridgeConfig;
import io.parkbridge.core.credential.CardLedger;
import io.parkbridge.core.port.AccessListRepository;
import io.parkbridge.core.port.Inbox;
import io.parkbridge.core.port.PassRepository;
import java.time.Clock;
import java.time.ZoneId;

/**
 * What a {@link RouteProvider} may use: the durable stores (all on the server's database), the
 * clock and zone, and the configuration (e.g. its vendor's keys).
 */
public record ServerContext(Inbox inbox, CardLedger cardLedger, PassRepository passes, AccessListRepository lists,
        Clock clock, ZoneId zone, ParkBridgeConfig config) {

    /** The configured tariffs by id, as core tariffs in the server's zone. */
    public java.util.Map<String, io.parkbridge.core.fee.Tariff> tariffs() {
        java.util.Map<String, io.parkbridge.core.fee.Tariff> out = new java.util.LinkedHashMap<>();
        config.tariffs.forEach(t -> out.put(t.id, t.toCore(zone)));
        return out;
    }

    /** The section for {@code vendor}, or an enabled empty one when the file has none. */
    public ParkBridgeConfig.Vendor vendor(String vendor) {
        ParkBridgeConfig.Vendor v = config.vendors.get(vendor);
        return v == null ? new ParkBridgeConfig.Vendor() : v;
    }
}
