package io.parkbridge.protocol.washer;

import static org.assertj.core.api.Assertions.assertThat;

import io.parkbridge.core.money.Money;
import io.parkbridge.core.port.InMemoryInbox;
import io.parkbridge.core.wash.WashDecision;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.inbound.InboundRequest;
import io.parkbridge.protocol.support.inbound.Route;
import io.parkbridge.protocol.washer.inbound.ActiveRequestHandler;
import io.parkbridge.protocol.washer.inbound.CallbackHandler;
import io.parkbridge.protocol.washer.inbound.InboundGuard;
import io.parkbridge.protocol.washer.inbound.WaterPlans;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WasherRoutesTest {

    @Test
    void theDefaultPaths() {
        List<Route> routes = WasherRoutes.of(ActiveRequestHandler.builder(r -> WashDecision.refuse("x", "")).build(),
                CallbackHandler.of(new InMemoryInbox(), Clock.systemUTC()));
        assertThat(routes).extracting(Route::vendor).containsOnly("washer");
        assertThat(routes).extracting(Route::path).containsExactly("/washer/active-request", "/washer/callback");
        assertThat(routes).extracting(Route::interfaceName).containsExactly("active request", "device callback");
    }

    @Test
    void withAPathTokenTheCallbackRouteEndsWithItAndOtherPathsAreNotFound() {
        InboundGuard guard = InboundGuard.none().withPathToken(Secret.of("tok-abcdefghijklmnop"));
        InMemoryInbox inbox = new InMemoryInbox();
        CallbackHandler callbacks = CallbackHandler.of(inbox, Clock.systemUTC(), guard, WaterPlans.none());
        List<Route> routes = WasherRoutes.of(ActiveRequestHandler.builder(r -> WashDecision.wash("x", 1, Money.ZERO))
                .guard(guard).build(), callbacks);
        byte[] body = "{\"callTime\":1,\"callbackType\":\"FINISH_WASH\",\"iotId\":1,\"orderId\":\"O\"}"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(routes.get(1).path()).isEqualTo("/washer/callback/tok-abcdefghijklmnop");
        assertThat(callbacks.handle(new InboundRequest("POST", "/washer/callback", "", Map.of(), body, "127.0.0.1"))
                .status()).isEqualTo(404);
        assertThat(callbacks.handle(new InboundRequest("POST", "/washer/callback/tok-abcdefghijklmnop", "", Map.of(),
                body, "127.0.0.1")).status()).isEqualTo(200);
        assertThat(inbox.messages()).hasSize(1);
    }
}
