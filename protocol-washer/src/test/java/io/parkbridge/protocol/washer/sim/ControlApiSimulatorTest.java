package io.parkbridge.protocol.washer.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.error.AuthenticationException;
import io.parkbridge.protocol.support.http.RetryPolicy;
import io.parkbridge.protocol.support.json.JsonMappers;
import io.parkbridge.protocol.washer.api.Endpoint;
import io.parkbridge.protocol.washer.api.ErrorLogRequest;
import io.parkbridge.protocol.washer.api.IotRequest;
import io.parkbridge.protocol.washer.api.IotStatus;
import io.parkbridge.protocol.washer.api.LogType;
import io.parkbridge.protocol.washer.api.OrderFlowRequest;
import io.parkbridge.protocol.washer.api.OrderRequest;
import io.parkbridge.protocol.washer.api.ParkStatus;
import io.parkbridge.protocol.washer.api.PauseRequest;
import io.parkbridge.protocol.washer.api.PlanRequest;
import io.parkbridge.protocol.washer.api.WasherApi;
import io.parkbridge.protocol.washer.api.WasherBusinessException;
import io.parkbridge.protocol.washer.api.WasherClient;
import io.parkbridge.protocol.washer.api.WasherReply;
import io.parkbridge.protocol.washer.api.WorkTimeRequest;
import io.parkbridge.protocol.washer.device.WasherModel;
import io.parkbridge.protocol.washer.testing.WikiPages;
import java.lang.reflect.InvocationTargetException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The WasherClient against the simulated platform over HTTP on 127.0.0.1: every endpoint, and the state machines. */
class ControlApiSimulatorTest {
    static final Secret SECRET = Secret.of("sim-secret-0123456789");
    final Clock clock = Clock.fixed(Instant.parse("2026-03-01T08:00:00.250Z"), ZoneOffset.UTC);
    WasherCloudSimulator sim;
    WasherClient client;

    @BeforeEach
    void start() throws Exception {
        sim = new WasherCloudSimulator("open-sim", SECRET, clock, null).autoFinish(false).start();
        client = WasherClient.builder().baseUrl(sim.server().baseUrl()).openId("open-sim").secret(SECRET)
                .clock(clock).sleeper(d -> { }).retryPolicy(new RetryPolicy(3, Duration.ofMillis(1),
                        Duration.ofMillis(1), 1.0)).build();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    static Stream<Endpoint<?, ?>> endpoints() {
        return WasherApi.ALL.stream();
    }

    static WasherModel modelOf(String group) {
        for (WasherModel m : WasherModel.values()) {
            if (m.group().equals(group)) {
                return m;
            }
        }
        return WasherModel.ROLLOVER_1;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void everyEndpointAnswersTheClientWithCodeZero(Endpoint<?, ?> e) throws Throwable {
        ObjectNode example = (ObjectNode) JsonMappers.lenient()
                .readTree(WikiPages.block(WikiPages.read(e.page()), "**Request JSON:**"));
        example.remove("openId");
        example.remove("time");
        long iot = example.path("iotId").asLong(10024);
        sim.addMachine(iot, modelOf(e.group()), "M-" + iot);
        sim.carParks(iot);
        Object request = JsonMappers.strict().treeToValue(example, e.requestType());

        Object reply;
        try {
            reply = WasherClient.class.getMethod(e.javaMethod(), e.requestType()).invoke(client, request);
        } catch (InvocationTargetException ex) {
            throw ex.getCause();
        }

        assertThat(reply).isInstanceOf(e.replyType());
        assertThat(((WasherReply) reply).code()).isZero();
    }

    @Test
    void aRolloverGoesIdleLockedWashingAndBackWithItsOrderFlow() {
        sim.addMachine(10074, WasherModel.ROLLOVER_1, "R1");

        assertThat(client.checkStatus(new IotRequest(10074)).status()).isEqualTo(IotStatus.READY);
        assertThat(client.rt1Start(new OrderRequest(10074, "O-1")).status()).isEqualTo(IotStatus.NOT_LOCKING);
        assertThat(client.rt1Lock(new PlanRequest(10074, 2, "O-1")).ready()).isTrue();
        assertThat(client.rt1Lock(new PlanRequest(10074, 2, "O-2")).status()).isEqualTo(IotStatus.LOCKING);
        assertThatThrownBy(() -> client.rt1Start(new OrderRequest(10074, "O-1")))
                .isInstanceOfSatisfying(WasherBusinessException.class,
                        ex -> assertThat(ex.vendorMessage()).isEqualTo("Wrong parking"));
        sim.carParks(10074);
        assertThat(client.rt1Start(new OrderRequest(10074, "O-1")).ready()).isTrue();
        assertThat(client.checkStatus(new IotRequest(10074)).status()).isEqualTo(IotStatus.WASHING);
        sim.finishWash(10074);
        assertThat(client.checkStatus(new IotRequest(10074)).status()).isEqualTo(IotStatus.READY);
        assertThat(client.checkWorkTime(new WorkTimeRequest(10074L)).workTime()).isEqualTo(1);
        assertThat(client.checkAdvOrder(new OrderFlowRequest("O-1")).advOrderList())
                .extracting(x -> x.type()).containsExactly(LogType.RT_LOCK, LogType.RT_CONF, LogType.COM_WOK_FNS);
    }

    @Test
    void rollover2ParksStartsPausesContinuesAndStops() {
        sim.addMachine(10075, WasherModel.ROLLOVER_2, "R2");

        assertThat(client.rt2CheckParkStatus(new IotRequest(10075)).parkStatus()).isEqualTo(ParkStatus.WAIT);
        assertThatThrownBy(() -> client.rt2Start(new PlanRequest(10075, 1, "O-2", "010")))
                .isInstanceOf(WasherBusinessException.class);
        sim.carPosition(10075, ParkStatus.SUCCESS);
        assertThat(client.rt2Start(new PlanRequest(10075, 1, "O-2", "010")).ready()).isTrue();
        assertThat(client.rt2Pause(new PauseRequest(10075, "O-2", 120)).ready()).isTrue();
        assertThat(client.rt2Pause(new PauseRequest(10075, "O-2", null)).status())
                .isEqualTo(IotStatus.RT2_NOT_WASHING);
        assertThat(client.rt2Continue(new OrderRequest(10075, "O-2")).ready()).isTrue();
        assertThat(client.rt1Stop(new IotRequest(10075)).code()).isZero(); // the pages give rt2 no stop of its own
        assertThat(client.checkStatus(new IotRequest(10075)).status()).isEqualTo(IotStatus.READY);
    }

    @Test
    void aCommandOfAnotherFamilyDoesNotApply() {
        sim.addMachine(20001, WasherModel.WATER_PURIFIER_1, "W1");
        assertThat(client.rt1Lock(new PlanRequest(20001, 1, "O")).status()).isEqualTo(IotStatus.CMD_ERROR);
    }

    @Test
    void unknownMachinesAndMissingParametersGetTheDocumentedError() {
        assertThatThrownBy(() -> client.checkStatus(new IotRequest(999)))
                .isInstanceOfSatisfying(WasherBusinessException.class, ex -> {
                    assertThat(ex.numericCode()).isEqualTo(20005);
                    assertThat(ex.vendorMessage()).isEqualTo("IotId does not exist");
                });
    }

    @Test
    void faultsAndOfflineMachinesAreReported() {
        sim.addMachine(10044, WasherModel.TUNNEL_1, "T1");
        sim.fault(10044, "[M820]Photoelectric abnormality of container truck(X016)");

        assertThat(client.checkStatus(new IotRequest(10044)).status()).isEqualTo(IotStatus.ERROR);
        assertThat(client.pageError(new ErrorLogRequest(1, 5, 10044)).resList()).singleElement()
                .satisfies(r -> assertThat(r.errorMessage()).startsWith("[M820]"));
        sim.clearFault(10044);
        sim.online(10044, false);
        assertThat(client.tt1SendProgram(new PlanRequest(10044, 1, "O")).status()).isEqualTo(IotStatus.OFFLINE);
    }

    @Test
    void aWrongSignatureIsRefused() {
        sim.addMachine(1, WasherModel.ROLLOVER_1, "R1");
        WasherClient wrong = WasherClient.builder().baseUrl(sim.server().baseUrl()).openId("open-sim")
                .secret(Secret.of("another-secret-000")).clock(clock).build();
        WasherClient wrongId = WasherClient.builder().baseUrl(sim.server().baseUrl()).openId("open-other")
                .secret(SECRET).clock(clock).build();

        assertThatThrownBy(() -> wrong.checkStatus(new IotRequest(1))).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> wrongId.checkStatus(new IotRequest(1))).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void aFlakyPlatformIsRetriedForQueriesOnly() {
        sim.addMachine(1, WasherModel.ROLLOVER_1, "R1");
        sim.server().faults().failNext(1, 503);
        assertThat(client.checkStatus(new IotRequest(1)).ready()).isTrue();

        sim.server().faults().failNext(1, 503);
        assertThatThrownBy(() -> client.rt1Lock(new PlanRequest(1, 1, "O")))
                .isInstanceOf(io.parkbridge.protocol.support.error.TransportException.class);
        assertThat(sim.machine(1).state()).isEqualTo(SimulatedMachine.State.IDLE);
    }

    @Test
    void theSimulatorAppliesTheSameTimestampRuleAsTheClient() {
        sim.addMachine(1, WasherModel.ROLLOVER_1, "R1");
        String good = "{\"openId\":\"open-sim\",\"time\":1613693307100,\"iotId\":1}";
        String early = "{\"openId\":\"open-sim\",\"time\":1613693307099,\"iotId\":1}";

        var ok = sim.handle(io.parkbridge.protocol.support.inbound.InboundRequest.post("/api/open/v1/common/checkStatus",
                java.util.Map.of("sign", java.util.List.of(io.parkbridge.protocol.washer.api.WasherSigner.sign("open-sim",
                        SECRET, 1613693307100L))), good));
        var refused = sim.handle(io.parkbridge.protocol.support.inbound.InboundRequest.post(
                "/api/open/v1/common/checkStatus", java.util.Map.of("sign", java.util.List.of("anything")), early));
        var missing = sim.handle(io.parkbridge.protocol.support.inbound.InboundRequest.post(
                "/api/open/v1/common/checkStatus", java.util.Map.of(), "{\"openId\":\"open-sim\"}"));

        assertThat(ok.bodyText()).isEqualTo("{\"code\":0,\"iotStatus\":\"READY\"}");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.bodyText()).isEqualTo("{\"code\":10001,\"msg\":\"Sign error\"}");
        assertThat(missing.bodyText()).isEqualTo("{\"code\":20005,\"msg\":\"Parameter cannot be empty\"}");
    }
}
