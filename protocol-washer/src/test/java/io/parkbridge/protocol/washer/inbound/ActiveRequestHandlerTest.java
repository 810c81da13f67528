package io.parkbridge.protocol.washer.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import io.parkbridge.core.money.Money;
import io.parkbridge.core.wash.WashDecision;
import io.parkbridge.core.wash.WashRequest;
import io.parkbridge.core.wash.WashRequestType;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.inbound.InboundRequest;
import io.parkbridge.protocol.support.inbound.InboundResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActiveRequestHandlerTest {

    /** The page's CARD_WASH example, trailing comma included. */
    static final String CARD_WASH_EXAMPLE = """
            {
            	"callTime": 12345667890,
            	"iotId": 123456,
                    "callType": "CARD_WASH",
            	"cardNum": "ABCD1234567",
            }
            """;

    static final String CAR_PLATE_EXAMPLE = """
            {
            	"callTime": 12345667890,
            	"iotId": 123456,
                    "callType": "CAR_PLATE",
            	"carPlateNum": "Beijing A123456"
            }
            """;

    static InboundResponse post(ActiveRequestHandler handler, String body) {
        return handler.handle(InboundRequest.post("/washer/active-request", Map.of(), body));
    }

    @Test
    void cardWashExampleWithTrailingCommaIsDecidedAndAnsweredExactly() {
        AtomicReference<WashRequest> seen = new AtomicReference<>();
        ActiveRequestHandler handler = ActiveRequestHandler.builder(r -> {
            seen.set(r);
            return WashDecision.wash("ORDER-1", 2, Money.ofFen(8500));
        }).build();

        InboundResponse reply = post(handler, CARD_WASH_EXAMPLE);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.bodyText()).isEqualTo("{\"isOk\":1,\"mark\":2,\"balance\":8500,\"orderId\":\"ORDER-1\"}");
        assertThat(reply.headers()).containsEntry("Content-Type", "application/json; charset=UTF-8")
                .doesNotContainKey(ActiveRequestHandler.REFUSAL_HEADER);
        assertThat(seen.get().type()).isEqualTo(WashRequestType.CARD_WASH);
        assertThat(seen.get().cardNumber()).isEqualTo("ABCD1234567");
        assertThat(seen.get().deviceId()).isEqualTo("123456");
        assertThat(seen.get().requestedAt()).isEqualTo(Instant.ofEpochMilli(12345667890L));
    }

    @Test
    void carPlateIsParsedIntoACorePlate() {
        AtomicReference<WashRequest> seen = new AtomicReference<>();
        ActiveRequestHandler handler = ActiveRequestHandler.builder(r -> {
            seen.set(r);
            return WashDecision.wash("P-9", 1, Money.ZERO);
        }).build();

        InboundResponse reply = post(handler,
                "{\"callTime\":1700000000123,\"iotId\":10024,\"callType\":\"CAR_PLATE\",\"carPlateNum\":\"京A12345\"}");

        assertThat(reply.bodyText()).isEqualTo("{\"isOk\":1,\"mark\":1,\"balance\":0,\"orderId\":\"P-9\"}");
        assertThat(seen.get().type()).isEqualTo(WashRequestType.CAR_PLATE);
        assertThat(seen.get().plate()).hasValueSatisfying(p -> assertThat(p.number()).isEqualTo("京A12345"));
    }

    @Test
    void thePagesEnglishPlateExampleIsNotAMainlandPlateAndIsRefusedNamingTheField() {
        ActiveRequestHandler handler = ActiveRequestHandler.builder(r -> {
            throw new AssertionError("policy must not be asked");
        }).build();

        InboundResponse reply = post(handler, CAR_PLATE_EXAMPLE);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.bodyText()).isEqualTo("{\"isOk\":0,\"mark\":1,\"balance\":0,\"orderId\":\"RF123456-12345667890\"}");
        assertThat(reply.headers().get(ActiveRequestHandler.REFUSAL_HEADER)).contains("carPlateNum");
    }

    @Test
    void purifierSwipeCarriesVolumeAndWaitAndRemembersThePlan() {
        WaterPlans plans = WaterPlans.inMemory(10);
        ActiveRequestHandler handler = ActiveRequestHandler.builder(r -> {
            assertThat(r.type()).isEqualTo(WashRequestType.WATER_CARD);
            return WashDecision.water("W-7", 2000, 60, Money.ofFen(9000));
        }).waterPlans(plans).build();

        InboundResponse reply = post(handler,
                "{\"callTime\":1700000000123,\"iotId\":20001,\"callType\":\"WP1_SWIPE_CARD\",\"cardNum\":\"C-1\"}");

        assertThat(reply.bodyText()).isEqualTo(
                "{\"isOk\":1,\"mark\":1,\"balance\":9000,\"orderId\":\"W-7\",\"volume\":2000,\"maxWaitTime\":60}");
        assertThat(plans.planned("W-7")).hasValue(2000);
    }

    @Test
    void aFailingPlanStoreDoesNotTurnAnApprovedPurifierSessionIntoAnError() {
        WaterPlans broken = new WaterPlans() {
            @Override
            public void record(String orderId, int volumeMl) {
                throw new IllegalStateException("database down");
            }

            @Override
            public java.util.OptionalInt planned(String orderId) {
                return java.util.OptionalInt.empty();
            }
        };
        ActiveRequestHandler handler = ActiveRequestHandler.builder(r -> WashDecision.water("W-9", 500, 45,
                Money.ofFen(100))).waterPlans(broken).build();

        InboundResponse reply = post(handler,
                "{\"callTime\":1700000000123,\"iotId\":20001,\"callType\":\"WP1_SWIPE_CARD\",\"cardNum\":\"C-1\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.bodyText()).isEqualTo(
                "{\"isOk\":1,\"mark\":1,\"balance\":100,\"orderId\":\"W-9\",\"volume\":500,\"maxWaitTime\":45}");
    }

    @Test
    void purifierRefusalStillCarriesTheRequiredVolumeAndWait() {
        ActiveRequestHandler handler = ActiveRequestHandler.builder(r -> WashDecision.refuse("W-8", "no money"))
                .build();

        InboundResponse reply = post(handler,
                "{\"callTime\":1700000000123,\"iotId\":20001,\"callType\":\"WP1_SWIPE_CARD\",\"cardNum\":\"C-1\"}");

        assertThat(reply.bodyText()).isEqualTo(
                "{\"isOk\":0,\"mark\":1,\"balance\":0,\"orderId\":\"W-8\",\"volume\":0,\"maxWaitTime\":30}");
        assertThat(reply.headers().get(ActiveRequestHandler.REFUSAL_HEADER)).isEqualTo("no money");
    }

    @Test
    void anApprovedWashDecisionForAPurifierIsUnusableAndRefused() {
        ActiveRequestHandler handler = ActiveRequestHandler.builder(r -> WashDecision.wash("W-9", 1, Money.ZERO))
                .build();

        InboundResponse reply = post(handler,
                "{\"callTime\":5,\"iotId\":20001,\"callType\":\"WP1_SWIPE_CARD\",\"cardNum\":\"C-1\"}");

        assertThat(reply.bodyText()).startsWith("{\"isOk\":0,");
        assertThat(reply.headers().get(ActiveRequestHandler.REFUSAL_HEADER)).contains("volume");
    }

    @Test
    void aPolicyThatThrowsGivesASafeRefusal() {
        ActiveRequestHandler handler = ActiveRequestHandler.builder(r -> {
            throw new IllegalStateException("database down");
        }).build();

        InboundResponse reply = post(handler, CARD_WASH_EXAMPLE);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.bodyText()).isEqualTo("{\"isOk\":0,\"mark\":1,\"balance\":0,\"orderId\":\"RF123456-12345667890\"}");
        assertThat(reply.headers().get(ActiveRequestHandler.REFUSAL_HEADER)).contains("IllegalStateException")
                .doesNotContain("ABCD1234567");
    }

    @Test
    void aPolicyThatHangsIsRefusedWithinTheBudgetAndItsLateDecisionReported() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch lateSeen = new CountDownLatch(1);
        AtomicReference<WashDecision> late = new AtomicReference<>();
        Duration budget = Duration.ofMillis(300);
        ActiveRequestHandler handler = ActiveRequestHandler.builder(r -> {
            try {
                release.await(); // blocks until the test releases it: far past the budget
            } catch (InterruptedException e) {
                // the handler gave up and cancelled us; finish anyway, as a slow database would
            }
            return WashDecision.wash("LATE-1", 1, Money.ofFen(100));
        }).budget(budget).onLateDecision((r, d) -> {
            late.set(d);
            lateSeen.countDown();
        }).build();

        long start = System.nanoTime();
        InboundResponse reply = post(handler, CARD_WASH_EXAMPLE);
        long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        release.countDown();

        assertThat(reply.bodyText()).startsWith("{\"isOk\":0,");
        assertThat(reply.headers().get(ActiveRequestHandler.REFUSAL_HEADER)).contains("no decision within 300 ms");
        assertThat(elapsedMs).isGreaterThanOrEqualTo(budget.toMillis() - 5).isLessThan(budget.toMillis() + 2000);
        assertThat(lateSeen.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(late.get().orderId()).isEqualTo("LATE-1");
    }

    @Test
    void aDecisionFinishingExactlyAsTheBudgetRunsOutIsSentNotLost() {
        // The executor runs the policy at once but reports the budget as spent: the policy has
        // decided (and debited) before the handler gives up. That decision must reach the machine
        // or the late-decision listener; before the fix it reached neither.
        java.util.List<WashDecision> late = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.ExecutorService budgetJustSpent = new java.util.concurrent.AbstractExecutorService() {
            @Override
            protected <T> java.util.concurrent.RunnableFuture<T> newTaskFor(java.util.concurrent.Callable<T> task) {
                return new java.util.concurrent.FutureTask<>(task) {
                    @Override
                    public T get(long timeout, TimeUnit unit) throws java.util.concurrent.TimeoutException {
                        throw new java.util.concurrent.TimeoutException("budget spent");
                    }
                };
            }

            @Override
            public void execute(Runnable command) {
                command.run();
            }

            @Override
            public void shutdown() {
            }

            @Override
            public java.util.List<Runnable> shutdownNow() {
                return java.util.List.of();
            }

            @Override
            public boolean isShutdown() {
                return false;
            }

            @Override
            public boolean isTerminated() {
                return false;
            }

            @Override
            public boolean awaitTermination(long timeout, TimeUnit unit) {
                return true;
            }
        };
        ActiveRequestHandler handler = ActiveRequestHandler.builder(r -> WashDecision.wash("EDGE-1", 2, Money.ofFen(700)))
                .executor(budgetJustSpent).onLateDecision((r, d) -> late.add(d)).build();

        InboundResponse reply = post(handler, CARD_WASH_EXAMPLE);

        assertThat(reply.bodyText()).isEqualTo("{\"isOk\":1,\"mark\":2,\"balance\":700,\"orderId\":\"EDGE-1\"}");
        assertThat(late).isEmpty();
    }

    @Test
    void whenAllDecisionSlotsAreBusyTheRequestIsRefusedAtOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        ActiveRequestHandler handler = ActiveRequestHandler.builder(r -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return WashDecision.wash("B-1", 1, Money.ZERO);
        }).maxConcurrent(1).budget(Duration.ofSeconds(10)).build();
        Thread first = new Thread(() -> post(handler, CARD_WASH_EXAMPLE));
        first.start();
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        InboundResponse second = post(handler, CARD_WASH_EXAMPLE);

        release.countDown();
        first.join(5000);
        assertThat(second.bodyText()).startsWith("{\"isOk\":0,");
        assertThat(second.headers().get(ActiveRequestHandler.REFUSAL_HEADER)).contains("busy");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "not json at all|a JSON object",
        "[1,2]|a JSON object",
        "{\"callTime\":1,\"callType\":\"CARD_WASH\",\"cardNum\":\"A\"}|iotId",
        "{\"callTime\":1,\"iotId\":\"abc\",\"callType\":\"CARD_WASH\",\"cardNum\":\"A\"}|iotId",
        "{\"callTime\":1,\"iotId\":-4,\"callType\":\"CARD_WASH\",\"cardNum\":\"A\"}|iotId",
        "{\"iotId\":7,\"callType\":\"CARD_WASH\",\"cardNum\":\"A\"}|callTime",
        "{\"callTime\":1,\"iotId\":7,\"callType\":\"CARD_WASH\"}|cardNum",
        "{\"callTime\":1,\"iotId\":7,\"callType\":\"CAR_PLATE\"}|carPlateNum",
        "{\"callTime\":1,\"iotId\":7,\"callType\":\"FLY\",\"cardNum\":\"A\"}|callType",
        "{\"callTime\":1,\"iotId\":7,\"callType\":\"CARD_WASH\",\"cardNum\":\"A\",\"cardNum\":\"B\"}|a JSON object"
    })
    void malformedRequestsAreRefusedWithAReasonNamingTheField(String body, String expected) {
        ActiveRequestHandler handler = ActiveRequestHandler.builder(r -> {
            throw new AssertionError("policy must not be asked");
        }).build();

        InboundResponse reply = post(handler, body);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.bodyText()).startsWith("{\"isOk\":0,\"mark\":1,\"balance\":0,\"orderId\":\"RF");
        assertThat(reply.headers().get(ActiveRequestHandler.REFUSAL_HEADER)).contains(expected);
    }

    @Test
    void onlyPostIsAnswered() {
        ActiveRequestHandler handler = ActiveRequestHandler.builder(r -> WashDecision.refuse("X", "")).build();
        InboundResponse reply = handler.handle(new InboundRequest("GET", "/washer/active-request", "", Map.of(),
                new byte[0], "127.0.0.1"));
        assertThat(reply.status()).isEqualTo(405);
    }

    @Test
    void theGuardChecksThePathTokenAndThePeerAddress() {
        InboundGuard guard = InboundGuard.none().withPathToken(Secret.of("k3y-0123456789abcdef"))
                .withAllowList(List.of("203.0.113.0/24", "::1"));
        ActiveRequestHandler handler = ActiveRequestHandler.builder(r -> WashDecision.wash("G", 1, Money.ZERO))
                .guard(guard).build();
        byte[] body = CARD_WASH_EXAMPLE.getBytes(StandardCharsets.UTF_8);

        assertThat(handler.mountPath("/washer/active-request"))
                .isEqualTo("/washer/active-request/k3y-0123456789abcdef");
        InboundResponse wrongToken = handler.handle(new InboundRequest("POST", "/washer/active-request/guess", "",
                Map.of(), body, "203.0.113.9"));
        InboundResponse wrongPeer = handler.handle(new InboundRequest("POST",
                "/washer/active-request/k3y-0123456789abcdef", "", Map.of(), body, "198.51.100.1"));
        InboundResponse ok = handler.handle(new InboundRequest("POST", "/washer/active-request/k3y-0123456789abcdef",
                "", Map.of(), body, "203.0.113.9"));
        InboundResponse okV6 = handler.handle(new InboundRequest("POST",
                "/washer/active-request/k3y-0123456789abcdef", "", Map.of(), body, "0:0:0:0:0:0:0:1"));

        assertThat(wrongToken.status()).isEqualTo(404);
        assertThat(wrongToken.bodyText()).doesNotContain("k3y");
        assertThat(wrongPeer.status()).isEqualTo(403);
        assertThat(ok.bodyText()).startsWith("{\"isOk\":1");
        assertThat(okV6.bodyText()).startsWith("{\"isOk\":1");
    }

    @Test
    void theAllowListTakesOnlyAddressLiteralsNeverHostNamesOrShorthands() {
        for (String entry : List.of("10.1", "010.0.0.1", "127.1", "cafe", "dead.beef", "256.0.0.1", "1.2.3.4.5")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> InboundGuard.none().withAllowList(List.of(entry)))
                    .as(entry).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("allowList");
        }
        InboundGuard guard = InboundGuard.none().withAllowList(List.of("10.0.0.1", "0.0.0.0/0", "2001:db8::/32"));
        ActiveRequestHandler handler = ActiveRequestHandler.builder(r -> WashDecision.wash("G", 1, Money.ZERO))
                .guard(guard).build();
        byte[] body = CARD_WASH_EXAMPLE.getBytes(StandardCharsets.UTF_8);
        assertThat(handler.handle(new InboundRequest("POST", "/a", "", Map.of(), body, "cafe")).status())
                .isEqualTo(403);
        assertThat(handler.handle(new InboundRequest("POST", "/a", "", Map.of(), body, "198.51.100.1")).bodyText())
                .startsWith("{\"isOk\":1");
        assertThat(handler.handle(new InboundRequest("POST", "/a", "", Map.of(), body, "2001:db8::7")).bodyText())
                .startsWith("{\"isOk\":1");
    }

    @Test
    void aMalformedPurifierSwipeIsRefusedWithTheFieldsAPurifierNeeds() {
        ActiveRequestHandler handler = ActiveRequestHandler.builder(r -> {
            throw new AssertionError("policy must not be asked");
        }).build();

        InboundResponse reply = post(handler, "{\"callTime\":1,\"iotId\":\"x\",\"callType\":\"WP1_SWIPE_CARD\"}");

        assertThat(reply.bodyText()).matches("\\{\"isOk\":0,\"mark\":1,\"balance\":0,\"orderId\":\"RF-[0-9]+-[0-9]+\","
                + "\"volume\":0,\"maxWaitTime\":30}");
        assertThat(reply.headers().get(ActiveRequestHandler.REFUSAL_HEADER)).contains("iotId");
    }
}
