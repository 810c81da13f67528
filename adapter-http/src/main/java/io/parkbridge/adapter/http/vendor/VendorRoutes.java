package io.parkbridge.adapter.http.vendor;

import io.parkbridge.adapter.http.RouteProvider;
import io.parkbridge.adapter.http.ServerContext;
import io.parkbridge.adapter.http.config.ParkBridgeConfig;
import io.parkbridge.core.money.Money;
import io.parkbridge.protocol.bluecard.inbound.BluecardInboundHandler;
import io.parkbridge.protocol.carsafe.client.CarsafeKeys;
import io.parkbridge.protocol.carsafe.inbound.CarsafeInbound;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.inbound.Route;
import io.parkbridge.protocol.washer.WasherRoutes;
import io.parkbridge.protocol.washer.inbound.ActiveRequestHandler;
import io.parkbridge.protocol.washer.inbound.CallbackHandler;
import io.parkbridge.protocol.washer.inbound.InboundGuard;
import io.parkbridge.protocol.washer.inbound.WaterPlans;
import io.parkbridge.protocol.washer.policy.DefaultWashPolicy;
import io.parkbridge.protocol.washer.policy.WashTariff;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The inbound routes of the protocol modules, built from the configuration with the server's
 * database-backed stores. A vendor is mounted when its section exists under {@code vendors} and
 * is enabled. Default paths: {@code /carsafe/...} (Chean's third-party interfaces, e.g.
 * {@code /carsafe/report/parkInData}), {@code /bluecard/...} (every push plus
 * {@code /bluecard/general}), {@code /washer/active-request} and {@code /washer/callback}.
 * WeLink has no inbound interfaces.
 */
public final class VendorRoutes {
    /** Prefix put before Chean's interface paths. */
    public static final String CARSAFE_PREFIX = "/carsafe";

    private VendorRoutes() {
    }

    /** Every configured vendor's routes. */
    public static RouteProvider fromConfig() {
        return ctx -> {
            List<Route> out = new ArrayList<>();
            if (configured(ctx, "carsafe")) {
                out.addAll(carsafe(ctx));
            }
            if (configured(ctx, "bluecard")) {
                out.addAll(bluecard(ctx));
            }
            if (configured(ctx, "washer")) {
                out.addAll(washer(ctx));
            }
            return out;
        };
    }

    private static boolean configured(ServerContext ctx, String vendor) {
        ParkBridgeConfig.Vendor v = ctx.config().vendors.get(vendor);
        return v != null && v.enabled;
    }

    /** Chean (Carsafe) third-party-side interfaces: keys.default plus family or interface keys. */
    public static List<Route> carsafe(ServerContext ctx) {
        Map<String, String> keys = ctx.vendor("carsafe").keys;
        CarsafeKeys.Builder kb = CarsafeKeys.builder(Secret.of(keys.get("default")));
        keys.forEach((name, value) -> {
            if (name.equals("default")) {
                return;
            }
            if (Character.isDigit(name.charAt(0))) {
                kb.iface(name, Secret.of(value));
            } else {
                kb.family(name, Secret.of(value));
            }
        });
        CarsafeInbound inbound = CarsafeInbound.builder().keys(kb.build()).inbox(ctx.inbox()).clock(ctx.clock())
                .zone(ctx.zone()).build();
        List<Route> out = new ArrayList<>();
        for (Route r : inbound.routes()) {
            out.add(new Route(r.vendor(), r.interfaceName(), CARSAFE_PREFIX + r.path(), r.handler()));
        }
        return out;
    }

    /** Bluecard pushes and the general mode: keys are parkNumber to key. */
    public static List<Route> bluecard(ServerContext ctx) {
        Map<String, Secret> keys = new HashMap<>();
        ctx.vendor("bluecard").keys.forEach((park, key) -> keys.put(park, Secret.of(key)));
        return BluecardInboundHandler.builder().keys(park -> Optional.ofNullable(keys.get(park))).inbox(ctx.inbox())
                .clock(ctx.clock()).zone(ctx.zone()).build().routes();
    }

    /** Washer active request (decided by the default wash policy on the card ledger) and callbacks. */
    public static List<Route> washer(ServerContext ctx) {
        ParkBridgeConfig.Washer w = ctx.config().washer;
        Map<Integer, Money> prices = new HashMap<>();
        w.schemes.forEach(s -> prices.put(Integer.parseInt(s.id), Money.parseYuan(s.price)));
        WashTariff tariff = new WashTariff(prices, w.defaultScheme, Money.parseYuan(w.waterPricePer100Ml),
                w.waterVolumeMl, w.waterMaxWaitSeconds);
        DefaultWashPolicy policy = new DefaultWashPolicy(ctx.cardLedger(), ctx.passes(), ctx.lists(), tariff,
                ctx.clock());
        InboundGuard guard = InboundGuard.none();
        List<String> allow = ctx.vendor("washer").allowList;
        if (!allow.isEmpty()) {
            guard = guard.withAllowList(allow);
        }
        WaterPlans plans = WaterPlans.inMemory(10_000);
        ActiveRequestHandler active = ActiveRequestHandler.builder(policy).clock(ctx.clock()).guard(guard)
                .waterPlans(plans).budget(Duration.ofSeconds(w.decisionBudgetSeconds)).build();
        return WasherRoutes.of(active, CallbackHandler.of(ctx.inbox(), ctx.clock(), guard, plans));
    }
}
