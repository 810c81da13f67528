package io.parkbridge.adapter.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parkbridge.protocol.support.http.HttpSettings;
import io.parkbridge.protocol.support.json.JsonMappers;
import io.parkbridge.protocol.washer.WasherRoutes;
import io.parkbridge.protocol.washer.api.Endpoint;
import io.parkbridge.protocol.washer.api.IotRequest;
import io.parkbridge.protocol.washer.api.OrderRequest;
import io.parkbridge.protocol.washer.api.PlanRequest;
import io.parkbridge.protocol.washer.api.WasherApi;
import io.parkbridge.protocol.washer.api.WasherClient;
import io.parkbridge.protocol.washer.api.WasherReply;
import io.parkbridge.protocol.washer.sim.ActiveDecision;
import io.parkbridge.protocol.washer.sim.CallbackBodies;
import io.parkbridge.protocol.washer.sim.CallbackDelivery;
import io.parkbridge.protocol.washer.sim.MerchantLink;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The washer verbs that talk to a URL: the control API (platform) and test traffic to a merchant. */
final class WasherCalls {
    private WasherCalls() {
    }

    /** Connection options of the control API. */
    static final class PlatformOptions {
        @Option(names = "--url", paramLabel = "URL", required = true, description = "Base URL of the washer platform.")
        String url;

        @Option(names = "--open-id", paramLabel = "ID", required = true, description = "The openId.")
        String openId;

        @Mixin
        WasherCommand.SecretOptions secret = new WasherCommand.SecretOptions();

        WasherClient client(CliContext ctx) {
            return WasherClient.builder().baseUrl(RequestData.url("--url", url)).openId(openId).secret(secret.resolve(ctx))
                    .clock(ctx.clock()).httpSettings(new HttpSettings(Duration.ofSeconds(3), Duration.ofSeconds(20),
                            Duration.ofSeconds(25))).build();
        }
    }

    static void print(CliCommand cmd, Endpoint<?, ?> ep, WasherReply reply, boolean json) {
        if (json) {
            cmd.printJson(reply);
            return;
        }
        cmd.out().printf("%s (%s): %s%n", ep.name(), ep.path(), reply);
    }

    static Endpoint<?, ?> endpoint(String name) {
        String n = name.toUpperCase(Locale.ROOT).replace('-', '_');
        return WasherApi.ALL.stream().filter(e -> e.name().equals(n) || e.path().equals(name)
                || (e.group() + "/" + e.action()).equals(name)).findFirst()
                .orElseThrow(() -> new UsageException("no washer endpoint '" + name + "' (e.g. CHECK_STATUS, RT1_LOCK, common/checkStatus)"));
    }

    @SuppressWarnings("unchecked")
    static <Q> WasherReply send(WasherClient client, Endpoint<Q, ?> ep, Object request) {
        return client.call((Endpoint<Q, WasherReply>) ep, (Q) request);
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Ask the platform for a machine's status (common/checkStatus).")
    static final class Status extends CliCommand {
        @Mixin
        PlatformOptions platform = new PlatformOptions();

        @Option(names = "--iot-id", paramLabel = "N", required = true, description = "The machine's iotId.")
        long iotId;

        @Option(names = "--json", description = "Print the reply as JSON.")
        boolean json;

        @Override
        public Integer call() {
            print(this, WasherApi.CHECK_STATUS, platform.client(ctx()).checkStatus(new IotRequest(iotId)), json);
            return 0;
        }
    }

    @Command(name = "lock", mixinStandardHelpOptions = true,
            description = "Send a wash plan and lock the machine (<MODEL>_LOCK: rt1, rt3, nrt, nt1, nt2).")
    static final class Lock extends CliCommand {
        @Mixin
        PlatformOptions platform = new PlatformOptions();

        @Option(names = "--iot-id", paramLabel = "N", required = true, description = "The machine's iotId.")
        long iotId;

        @Option(names = "--model", paramLabel = "M", required = true, description = "Machine family: rt1, rt3, nrt, nt1, nt2.")
        String model;

        @Option(names = "--mark", paramLabel = "1-3", defaultValue = "1", description = "Wash scheme (default 1).")
        int mark;

        @Option(names = "--order", paramLabel = "ID", required = true, description = "Our order id.")
        String order;

        @Option(names = "--json", description = "Print the reply as JSON.")
        boolean json;

        @Override
        public Integer call() {
            Endpoint<?, ?> ep = endpoint(model + "_LOCK");
            if (ep.requestType() != PlanRequest.class) {
                throw new UsageException("--model: " + model + " has no plan-and-lock command; use 'washer call'");
            }
            print(this, ep, send(platform.client(ctx()), ep, new PlanRequest(iotId, mark, order, null)), json);
            return 0;
        }
    }

    @Command(name = "start", mixinStandardHelpOptions = true,
            description = "Start a locked machine (<MODEL>_START with the order id: rt1, nrt, nt1, nt2).")
    static final class Start extends CliCommand {
        @Mixin
        PlatformOptions platform = new PlatformOptions();

        @Option(names = "--iot-id", paramLabel = "N", required = true, description = "The machine's iotId.")
        long iotId;

        @Option(names = "--model", paramLabel = "M", required = true, description = "Machine family: rt1, nrt, nt1, nt2.")
        String model;

        @Option(names = "--order", paramLabel = "ID", required = true, description = "The order id sent with the lock.")
        String order;

        @Option(names = "--json", description = "Print the reply as JSON.")
        boolean json;

        @Override
        public Integer call() {
            Endpoint<?, ?> ep = endpoint(model + "_START");
            if (ep.requestType() != OrderRequest.class) {
                throw new UsageException("--model: " + model + "'s start takes " + ep.requestType().getSimpleName()
                        + "; use 'washer call " + ep.name() + " --data ...'");
            }
            print(this, ep, send(platform.client(ctx()), ep, new OrderRequest(iotId, order)), json);
            return 0;
        }
    }

    @Command(name = "call", mixinStandardHelpOptions = true,
            description = "Call any control API endpoint by name (RT2_PAUSE) or path (rt2/pause) with --data JSON.")
    static final class Call extends CliCommand {
        @picocli.CommandLine.Parameters(paramLabel = "ENDPOINT", description = "Name or path.")
        String name;

        @Mixin
        PlatformOptions platform = new PlatformOptions();

        @Mixin
        RequestData data = new RequestData();

        @Option(names = "--json", description = "Print the reply as JSON.")
        boolean json;

        @Override
        public Integer call() {
            Endpoint<?, ?> ep = endpoint(name);
            Object request = data.as(ctx(), ep.requestType(), JsonMappers.strict());
            if (request == null) {
                throw new UsageException("--data: " + ep.name() + " needs " + ep.requestType().getSimpleName() + " fields "
                        + ep.fields());
            }
            print(this, ep, send(platform.client(ctx()), ep, request), json);
            return 0;
        }
    }

    /** Test traffic from the platform's side to a merchant server. */
    static MerchantLink link(CliContext ctx, String url) {
        String base = RequestData.url("--url", url);
        return MerchantLink.builder().activeRequestUrl(base + WasherRoutes.ACTIVE_REQUEST_PATH)
                .callbackUrl(base + WasherRoutes.CALLBACK_PATH).callbackRetries(1, Duration.ZERO).clock(ctx.clock())
                .build();
    }

    @Command(name = "request", mixinStandardHelpOptions = true,
            description = {"Send an active request to a merchant server (as the platform does) and show the reply.",
                    "Posts to URL" + WasherRoutes.ACTIVE_REQUEST_PATH + "."})
    static final class Request extends CliCommand {
        @Option(names = "--url", paramLabel = "URL", required = true, description = "The merchant server's base URL.")
        String url;

        @Option(names = "--type", paramLabel = "T", defaultValue = "card", description = "card, plate or purifier (default card).")
        String type;

        @Option(names = "--iot-id", paramLabel = "N", defaultValue = "9001", description = "The machine (default 9001).")
        long iotId;

        @Option(names = "--card", paramLabel = "CARD", description = "Card number (card, purifier).")
        String card;

        @Option(names = "--plate", paramLabel = "PLATE", description = "Plate (plate).")
        String plate;

        @Option(names = "--json", description = "Print the decision as JSON.")
        boolean json;

        @Override
        public Integer call() {
            MerchantLink link = link(ctx(), url);
            ActiveDecision d = switch (type.toLowerCase(Locale.ROOT)) {
                case "card" -> link.swipeCard(iotId, required("--card", card));
                case "purifier" -> link.purifierSwipe(iotId, required("--card", card));
                case "plate" -> link.recognisePlate(iotId, required("--plate", plate));
                default -> throw new UsageException("--type: expected card, plate or purifier, got '" + type + "'");
            };
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("callType", d.callType());
            m.put("httpStatus", d.httpStatus());
            m.put("approved", d.approved());
            m.put("reply", d.reply());
            m.put("violations", d.violations());
            m.put("elapsedMillis", d.elapsedMillis());
            if (json) {
                printJson(m);
            } else {
                out().printf("%s at %d -> HTTP %d, %s%n", d.callType(), d.iotId(), d.httpStatus(),
                        d.approved() ? "APPROVED" : "REFUSED");
                out().println("reply: " + d.reply());
                if (!d.violations().isEmpty()) {
                    out().println("rule violations: " + d.violations());
                }
            }
            return d.httpStatus() < 0 ? ParkBridgeCli.EXIT_FAILURE : 0;
        }

        private static String required(String option, String value) {
            if (value == null || value.isEmpty()) {
                throw new UsageException(option + ": required for this --type");
            }
            return value;
        }
    }

    @Command(name = "callback", mixinStandardHelpOptions = true,
            description = {"Send a device callback to a merchant server (as the platform does) and show the reply.",
                    "Types: finish-wash, water-ready, water-start, water-finish, water-timeout, online, offline, tds."})
    static final class Callback extends CliCommand {
        @Option(names = "--url", paramLabel = "URL", required = true, description = "The merchant server's base URL.")
        String url;

        @Option(names = "--type", paramLabel = "T", required = true, description = "The callback type.")
        String type;

        @Option(names = "--iot-id", paramLabel = "N", defaultValue = "9001", description = "The machine (default 9001).")
        long iotId;

        @Option(names = "--order", paramLabel = "ID", defaultValue = "TEST-ORDER", description = "The order id.")
        String order;

        @Option(names = "--json", description = "Print the outcome as JSON.")
        boolean json;

        @Override
        public Integer call() throws JsonProcessingException {
            CallbackBodies bodies = new CallbackBodies(ctx().clock());
            ObjectNode body = switch (type.toLowerCase(Locale.ROOT)) {
                case "finish-wash" -> bodies.finishWash(iotId, order);
                case "water-ready" -> bodies.waterReady(iotId, order);
                case "water-start" -> bodies.waterStart(iotId, order);
                case "water-finish" -> bodies.waterWorkFinish(iotId, order, 0);
                case "water-timeout" -> bodies.waterWaitTimeout(iotId, order);
                case "online" -> bodies.onlineStatus(List.of(iotId), true);
                case "offline" -> bodies.onlineStatus(List.of(iotId), false);
                case "tds" -> bodies.tds(iotId, 120, 8);
                default -> throw new UsageException("--type: expected finish-wash, water-ready, water-start, water-finish,"
                        + " water-timeout, online, offline or tds, got '" + type + "'");
            };
            CallbackDelivery c = link(ctx(), url).sendCallback(body);
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("callbackType", c.callbackType());
                m.put("delivered", c.delivered());
                m.put("attemptStatuses", c.attemptStatuses());
                printJson(m);
            } else {
                out().printf("%s -> %s (HTTP %s)%n", c.callbackType(), c.delivered() ? "accepted" : "NOT accepted",
                        c.attemptStatuses());
                out().println("body: " + JSON.writeValueAsString(body));
            }
            return c.delivered() ? 0 : ParkBridgeCli.EXIT_FAILURE;
        }
    }
}
