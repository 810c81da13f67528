package io.parkbridge.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.parkbridge.core.money.Money;
import io.parkbridge.protocol.bluecard.client.BluecardClient;
import io.parkbridge.protocol.carsafe.client.CarsafeKeys;
import io.parkbridge.protocol.carsafe.client.CarsafeClient;
import io.parkbridge.protocol.carsafe.client.CarsafeParking;
import io.parkbridge.protocol.carsafe.message.Credential;
import io.parkbridge.protocol.carsafe.message.StoredValueTopUp;
import io.parkbridge.protocol.carsafe.sim.CarsafeSimulator;
import io.parkbridge.protocol.support.error.VendorException;
import io.parkbridge.protocol.support.http.HttpSettings;
import io.parkbridge.protocol.support.http.RetryPolicy;
import io.parkbridge.protocol.support.inbound.InboundResponse;
import io.parkbridge.protocol.support.sim.Faults;
import io.parkbridge.protocol.support.sim.SimulatorServer;
import io.parkbridge.protocol.welink.client.WeLinkClient;
import io.parkbridge.protocol.welink.message.Pay;
import io.parkbridge.protocol.welink.sim.WeLinkSimulator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/**
 * Every vendor client against a simulator on 127.0.0.1 with injected faults: latency beyond the
 * read timeout, 5xx, dropped connections (resets) and malformed replies. Idempotent queries are
 * retried within the retry budget (3 attempts) and no further; payments are sent exactly once
 * whatever happens; every failure is a typed {@link VendorException}.
 *
 * <p>Carsafe and WeLink run against their modules' simulators; Bluecard (whose module ships no
 * simulator) against a protocol-support {@link SimulatorServer} answering its success envelope.
 * Attempts are counted by the client's own OkHttp interceptor.
 */
class OutboundFaultsTest {
    static final RetryPolicy BUDGET = new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(20), 2.0);
    static final HttpSettings TIMEOUTS = new HttpSettings(Duration.ofSeconds(2), Duration.ofMillis(700),
            Duration.ofSeconds(3));
    static final Duration SLOW = Duration.ofMillis(1600);

    /** One client's query and payment, against a simulator whose faults and request count we control. */
    record Subject(String vendor, Faults faults, LongSupplier requests, Runnable query, Runnable payment) {
    }

    private final List<String> outcomes = new ArrayList<>();
    private int checks;
    private int passed;

    @Test
    void carsafe() throws Exception {
        CarsafeKeys keys = CarsafeKeys.single(Known.CARSAFE_KEY);
        try (CarsafeSimulator sim = CarsafeSimulator.start(keys, Clock.systemUTC())) {
            AtomicLong attempts = new AtomicLong();
            CarsafeClient client = CarsafeClient.builder().baseUrl(sim.baseUrl()).from(Known.CARSAFE_FROM).keys(keys)
                    .okHttpClient(counting(attempts)).retryPolicy(BUDGET).httpSettings(TIMEOUTS).sleeper(d -> { }).build();
            sim.storedValueCard(Known.CARDS.get(2), Money.parseYuan("100.00"));
            CarsafeParking parking = new CarsafeParking(client);
            exercise(new Subject("carsafe", sim.faults(), attempts::get, parking::remainingSpaces,
                    () -> parking.topUp(StoredValueTopUp.of(Credential.card(Known.CARDS.get(2)), Money.parseYuan("1.00")))));
        }
    }

    @Test
    void welink() throws Exception {
        // Not seeded: WeLinkSimulator.seed enters a car at 08:00 Shanghai time today and quotes it,
        // which throws before 08:00 Shanghai (16:00-24:00 UTC). Reported to protocol-welink.
        try (WeLinkSimulator sim = WeLinkSimulator.builder().appId("app-rel").secretKey(Known.WELINK_SECRET)
                .parkId("10001088").seeded(false).listen("127.0.0.1", 0).start()) {
            AtomicLong attempts = new AtomicLong();
            WeLinkClient client = WeLinkClient.builder().baseUrl(sim.baseUrl()).appId("app-rel").secretKey(
                    Known.WELINK_SECRET).parkId("10001088").okHttpClient(counting(attempts)).retryPolicy(BUDGET)
                    .httpSettings(TIMEOUTS).sleeper(d -> { }).build();
            exercise(new Subject("welink", sim.faults(), attempts::get, client::space,
                    () -> client.payTmpRentBill(new Pay.PaidBillRequest("粤B12345", "pay-token-1"))));
        }
    }

    /** Counts every attempt the client makes (the simulators count only what they handle). */
    static okhttp3.OkHttpClient counting(AtomicLong attempts) {
        return new okhttp3.OkHttpClient.Builder().addInterceptor(chain -> {
            attempts.incrementAndGet();
            return chain.proceed(chain.request());
        }).build();
    }

    @Test
    void bluecard() throws Exception {
        try (SimulatorServer sim = SimulatorServer.start(r -> InboundResponse.json(200,
                "{\"status\":\"success\",\"datas\":[]}"))) {
            BluecardClient client = BluecardClient.builder().baseUrl(sim.baseUrl()).parkNumber(Known.BLUECARD_PARK)
                    .key(Known.BLUECARD_KEY).retryPolicy(BUDGET).httpSettings(TIMEOUTS).sleeper(d -> { }).build();
            Instant now = Instant.now();
            exercise(new Subject("bluecard", sim.faults(), sim::requestCount, client::getAllSpaceStatus,
                    () -> client.sendPayRes(new BluecardClient.Payment("o-1", "粤B12345", Money.parseYuan("5.00"),
                            Money.parseYuan("5.00"), now, "1", "wechat", now, "tx-1", "out-1"))));
        }
    }

    private void exercise(Subject s) {
        Faults f = s.faults();
        // 1. two 503s then success: the query recovers within the budget of 3 attempts
        f.reset().failNext(2, 503);
        expectRequests(s, "query recovers after 2 x 503", s.query(), 3, false);
        // 2. 500 beyond the budget: exactly 3 attempts, then a TransportException
        f.reset().failNext(10, 500);
        expectRequests(s, "query gives up after 3 x 500", s.query(), 3, true);
        // 3. connection dropped twice (reset), then success
        f.reset().dropNext(2);
        expectRequests(s, "query recovers after 2 resets", s.query(), 3, false);
        // 4. a malformed reply is not retried and is a typed error
        f.reset().malformedNext(1);
        expectRequests(s, "query with malformed reply", s.query(), 1, true);
        // payments: one request whatever the fault
        f.reset().failNext(1, 500);
        expectRequests(s, "payment on 500 not retried", s.payment(), 1, true);
        f.reset().dropNext(1);
        expectRequests(s, "payment on reset not retried", s.payment(), 1, true);
        // Latency last: the simulator's handler threads keep sleeping after the client gives up,
        // and would otherwise consume the "next N" faults meant for later steps.
        f.reset().latency(SLOW);
        expectRequests(s, "query times out 3 times", s.query(), 3, true);
        expectRequests(s, "payment on timeout not retried", s.payment(), 1, true);
        f.reset();
        Summary.add("outbound faults: " + s.vendor(), checks, passed, -1, -1, -1, String.join("; ", outcomes));
        assertThat(passed).as(String.join("\n", outcomes)).isEqualTo(checks);
    }

    private void expectRequests(Subject s, String what, Runnable call, long expectedRequests, boolean expectFailure) {
        checks++;
        long before = s.requests().getAsLong();
        Throwable thrown = null;
        try {
            call.run();
        } catch (Throwable t) {
            thrown = t;
        }
        long sent = s.requests().getAsLong() - before;
        boolean typed = thrown == null || thrown instanceof VendorException;
        boolean failedAsExpected = expectFailure == (thrown != null);
        boolean ok = sent == expectedRequests && typed && failedAsExpected;
        if (ok) {
            passed++;
        } else {
            outcomes.add(what + ": " + sent + " requests (expected " + expectedRequests + "), "
                    + (thrown == null ? "no exception" : thrown.getClass().getSimpleName() + ": " + thrown.getMessage()));
        }
    }
}
