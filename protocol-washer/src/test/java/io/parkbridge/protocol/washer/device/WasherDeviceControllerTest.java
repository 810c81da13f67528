package io.parkbridge.protocol.washer.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.parkbridge.core.device.CommandResult;
import io.parkbridge.core.device.DeviceCommand;
import io.parkbridge.core.event.DomainEvent;
import io.parkbridge.core.money.Money;
import io.parkbridge.core.plate.Plate;
import io.parkbridge.core.port.NotSupportedByVendorException;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.json.JsonMappers;
import io.parkbridge.protocol.washer.api.WasherClient;
import io.parkbridge.protocol.washer.inbound.WaterPlans;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WasherDeviceControllerTest {
    MockWebServer server;
    final List<String> calls = new CopyOnWriteArrayList<>();
    final List<JsonNode> bodies = new CopyOnWriteArrayList<>();
    final Map<String, String> replies = new ConcurrentHashMap<>();
    final AtomicInteger orders = new AtomicInteger();
    WasherClient client;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String action = request.getPath().substring("/api/open/v1/".length());
                calls.add(action);
                try {
                    bodies.add(JsonMappers.strict().readTree(request.getBody().readUtf8()));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return new MockResponse().setBody(replies.getOrDefault(action, "{\"code\":0,\"iotStatus\":\"READY\"}"));
            }
        });
        server.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
        client = WasherClient.builder().baseUrl(server.url("/").toString()).openId("open-1")
                .secret(Secret.of("0123456789abcdef")).clock(Clock.fixed(Instant.ofEpochMilli(1700000000500L),
                        ZoneOffset.UTC)).build();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    WasherDeviceController.Builder controller() {
        return WasherDeviceController.builder(client).orderIds(() -> "ORD-" + orders.incrementAndGet())
                .discoverModels(false);
    }

    static DomainEvent parked(long iot) {
        return new DomainEvent.CarPositionChanged("washer:MACHINE_FA_CAR_CHANGE:" + iot + ":1", "washer",
                Instant.EPOCH, String.valueOf(iot), "SUCCESS", "{}");
    }

    @Test
    void aRolloverWasherIsLockedThenStartedWhenTheCarIsParked() {
        WasherDeviceController c = controller().machine(10074, WasherModel.ROLLOVER_1).build();

        CommandResult locked = c.execute(new DeviceCommand.StartWash("10074", 2));

        assertThat(locked).isEqualTo(new CommandResult(true, "ORD-1", "locked; starts when the car is parked"));
        assertThat(calls).containsExactly("rt1/lock");
        assertThat(bodies.get(0).get("mark").asInt()).isEqualTo(2);
        assertThat(bodies.get(0).get("orderId").asText()).isEqualTo("ORD-1");
        assertThat(c.pendingStarts()).containsKey(10074L);

        c.handle(new DomainEvent.CarPositionChanged("k", "washer", Instant.EPOCH, "10074", "BACK", "{}"));
        assertThat(calls).containsExactly("rt1/lock");
        c.handle(parked(10074));

        assertThat(calls).containsExactly("rt1/lock", "rt1/start");
        assertThat(bodies.get(1).get("orderId").asText()).isEqualTo("ORD-1");
        assertThat(c.pendingStarts()).isEmpty();
    }

    @Test
    void rollover3AndTouchless1FollowTheSameRuleWithTheirOwnEndpoints() {
        WasherDeviceController c = controller().machine(3, WasherModel.ROLLOVER_3)
                .machine(4, WasherModel.TOUCHLESS_1).build();
        c.execute(new DeviceCommand.StartWash("3", 1));
        c.execute(new DeviceCommand.StartWash("4", 1));
        c.handle(parked(3));
        c.handle(parked(4));
        assertThat(calls).containsExactly("rt3/lock", "nt1/lock", "rt3/start", "nt1/start");
    }

    @Test
    void aGatelessRolloverIsLockedAndStartedAtOnce() {
        WasherDeviceController c = controller().machine(10074, WasherModel.ROLLOVER_1).gateless(10074).build();
        assertThat(c.execute(new DeviceCommand.StartWash("10074", 1)).accepted()).isTrue();
        assertThat(calls).containsExactly("rt1/lockAndStart");
        assertThat(c.pendingStarts()).isEmpty();
    }

    @Test
    void aLockAnsweredWithAnotherStatusIsNotAcceptedAndNotPending() {
        replies.put("rt1/lock", "{\"code\":0,\"iotStatus\":\"LOCKING\"}");
        WasherDeviceController c = controller().machine(1, WasherModel.ROLLOVER_1).build();

        CommandResult r = c.execute(new DeviceCommand.StartWash("1", 1));

        assertThat(r.accepted()).isFalse();
        assertThat(r.message()).contains("LOCKING");
        assertThat(c.pendingStarts()).isEmpty();
    }

    @Test
    void rollover2ChecksParkingThenStartsWithThePlan() {
        WasherDeviceController c = controller().machine(2, WasherModel.ROLLOVER_2).build();
        replies.put("rt2/checkParkStatus", "{\"code\":0,\"rt2ParkStatus\":\"SUCCESS\"}");

        assertThat(c.execute(new DeviceCommand.StartWash("2", 3)).accepted()).isTrue();
        assertThat(calls).containsExactly("rt2/checkParkStatus", "rt2/start");
        assertThat(bodies.get(1).get("mark").asInt()).isEqualTo(3);

        replies.put("rt2/checkParkStatus", "{\"code\":0,\"rt2ParkStatus\":\"FORWARD\"}");
        CommandResult notParked = c.execute(new DeviceCommand.StartWash("2", 3));
        assertThat(notParked.accepted()).isFalse();
        assertThat(notParked.message()).isEqualTo("car not parked: FORWARD");
        assertThat(calls).containsExactly("rt2/checkParkStatus", "rt2/start", "rt2/checkParkStatus");
    }

    @Test
    void touchless2NeedsTheCarParkedForLockAndStart() {
        WasherDeviceController c = controller().machine(5, WasherModel.TOUCHLESS_2).build();
        replies.put("nt2/carParkStatus", "{\"code\":0,\"rt2ParkStatus\":\"WAIT\"}");
        assertThat(c.execute(new DeviceCommand.StartWash("5", 1)).accepted()).isFalse();
        replies.put("nt2/carParkStatus", "{\"code\":0,\"rt2ParkStatus\":\"SUCCESS\"}");
        assertThat(c.execute(new DeviceCommand.StartWash("5", 1)).accepted()).isTrue();
        assertThat(calls).containsExactly("nt2/carParkStatus", "nt2/carParkStatus", "nt2/lockAndStart");
    }

    @Test
    void theNewRolloverLocksAndStartsWhenParkedElseWaitsForTheCar() {
        WasherDeviceController c = controller().machine(6, WasherModel.NEW_ROLLOVER).build();
        replies.put("nrt/carParkStatus", "{\"code\":0,\"rt2ParkStatus\":\"SUCCESS\"}");
        c.execute(new DeviceCommand.StartWash("6", 1));
        replies.put("nrt/carParkStatus", "{\"code\":0,\"rt2ParkStatus\":\"WAIT\"}");
        c.execute(new DeviceCommand.StartWash("6", 1));
        c.handle(new DomainEvent.CarPositionChanged("k", "washer", Instant.EPOCH, "6", "SUCCESS", "{}"));
        assertThat(calls).containsExactly("nrt/carParkStatus", "nrt/lockAndStart", "nrt/carParkStatus", "nrt/lock",
                "nrt/start");
    }

    @Test
    void aTunnelGetsTheProgramAndASelfServiceWasherItsMinutes() {
        WasherDeviceController c = controller().machine(7, WasherModel.TUNNEL_1)
                .machine(8, WasherModel.SELF_SERVICE_2).build();
        c.execute(new DeviceCommand.StartWash("7", 2));
        c.execute(new DeviceCommand.StartWash("8", 2));
        assertThat(calls).containsExactly("tt1/sendProgram", "sht2/start");
        assertThat(bodies.get(1).get("washerTime").asInt()).isEqualTo(15);
    }

    @Test
    void thePurifierIsLockedWithVolumeWaitAndPrice() {
        WaterPlans plans = WaterPlans.inMemory(10);
        WasherDeviceController c = controller().machine(20001, WasherModel.WATER_PURIFIER_1)
                .waterPricePer100Ml(Money.parseYuan("0.50")).waterPlans(plans).build();

        CommandResult r = c.execute(new DeviceCommand.DispenseWater("20001", 2000, 60));

        assertThat(r.accepted()).isTrue();
        assertThat(calls).containsExactly("wp1/lock");
        assertThat(bodies.get(0).toString()).isEqualTo("{\"openId\":\"open-1\",\"time\":1700000000500,\"iotId\":20001,"
                + "\"volume\":2000,\"orderId\":\"ORD-1\",\"maxWaitTime\":60,\"programPrice\":1000}");
        assertThat(plans.planned("ORD-1")).hasValue(2000);
    }

    @Test
    void thePurifierDoorOpensWithADelayedRelock() {
        WasherDeviceController c = controller().machine(20001, WasherModel.WATER_PURIFIER_1).build();
        assertThat(c.execute(new DeviceCommand.OpenDoor("20001", 1)).accepted()).isTrue();
        assertThat(bodies.get(0).get("delayCloseTime").asInt()).isEqualTo(30);
        assertThatThrownBy(() -> c.execute(new DeviceCommand.OpenDoor("20001", 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("doorNo");
        assertThat(calls).containsExactly("wp1/openTheDoor");
    }

    @Test
    void commandsAreValidatedBeforeAnythingIsSent() {
        WasherDeviceController c = controller().machine(20001, WasherModel.WATER_PURIFIER_1)
                .machine(1, WasherModel.ROLLOVER_1).build();
        assertThatThrownBy(() -> c.execute(new DeviceCommand.StartWash("20001", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("WATER_PURIFIER_1");
        assertThatThrownBy(() -> c.execute(new DeviceCommand.DispenseWater("1", 200, 60)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("water purifier");
        assertThatThrownBy(() -> c.execute(new DeviceCommand.StartWash("washer-A", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("iotId");
        assertThatThrownBy(() -> c.execute(new DeviceCommand.StartWash("99", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no configured model");
        assertThatThrownBy(() -> c.execute(new DeviceCommand.LockCar(Plate.parse("粤B12345"), true)))
                .isInstanceOf(NotSupportedByVendorException.class);
        assertThatThrownBy(() -> c.execute(new DeviceCommand.OpenGate("lane-1")))
                .isInstanceOf(NotSupportedByVendorException.class);
        assertThat(calls).isEmpty();
    }

    @Test
    void unconfiguredMachinesAreLookedUpOnce() {
        replies.put("common/getIotInfo", "{\"code\":0,\"iotList\":[{\"iotId\":10075,\"machineType\":\"NFULL_AUTO_2\"}]}");
        replies.put("rt2/checkParkStatus", "{\"code\":0,\"rt2ParkStatus\":\"SUCCESS\"}");
        WasherDeviceController c = WasherDeviceController.builder(client).orderIds(() -> "O").build();

        c.execute(new DeviceCommand.StartWash("10075", 1));
        c.execute(new DeviceCommand.StartWash("10075", 1));

        assertThat(calls).containsExactly("common/getIotInfo", "rt2/checkParkStatus", "rt2/start",
                "rt2/checkParkStatus", "rt2/start");
    }

    @Test
    void aRefusalByThePlatformIsANotAcceptedResult() {
        replies.put("tt1/sendProgram", "{\"code\":20005,\"msg\":\"IotId does not exist\"}");
        WasherDeviceController c = controller().machine(7, WasherModel.TUNNEL_1).build();

        CommandResult r = c.execute(new DeviceCommand.StartWash("7", 1));

        assertThat(r).isEqualTo(new CommandResult(false, "ORD-1", "refused with code 20005: IotId does not exist"));
    }

    @Test
    void suspendResumeAndEndUseEachFamilysEndpoints() {
        WasherDeviceController c = controller().machine(2, WasherModel.ROLLOVER_2).machine(6, WasherModel.NEW_ROLLOVER)
                .machine(4, WasherModel.TOUCHLESS_1).machine(7, WasherModel.TUNNEL_1)
                .machine(1, WasherModel.ROLLOVER_1).machine(8, WasherModel.SELF_SERVICE_2)
                .machine(20001, WasherModel.WATER_PURIFIER_1).build();
        replies.put("rt1/stop", "{\"code\":0}");

        assertThat(c.suspend("2", "O", 90).accepted()).isTrue();
        assertThat(c.suspend("4", "O", null).accepted()).isTrue();
        assertThat(c.resume("6", "O").accepted()).isTrue();
        assertThat(c.resume("7", "O").accepted()).isTrue();
        assertThat(c.end("6", "O").accepted()).isTrue();
        assertThat(c.end("7", "O").accepted()).isTrue();
        assertThat(c.end("1", "O").accepted()).isTrue();
        assertThat(c.end("8", "O").accepted()).isTrue();
        assertThat(c.end("20001", "O").accepted()).isTrue();

        assertThat(calls).containsExactly("rt2/pause", "nt1/pause", "nrt/continue", "tt1/continue", "nrt/reset",
                "tt1/reset", "rt1/stop", "sht2/closeOrder", "wp1/cancelLock");
        assertThat(bodies.get(0).get("maxWaitTime").asInt()).isEqualTo(90);
        assertThat(bodies.get(1).has("maxWaitTime")).isFalse();
        assertThatThrownBy(() -> c.suspend("1", "O", null)).isInstanceOf(NotSupportedByVendorException.class);
        assertThatThrownBy(() -> c.suspend("2", "O", 181)).hasMessageContaining("maxWaitTime");
    }

    @Test
    void endingALockedRolloverDropsItsPendingStart() {
        replies.put("rt1/stop", "{\"code\":0}");
        WasherDeviceController c = controller().machine(1, WasherModel.ROLLOVER_1).build();
        c.execute(new DeviceCommand.StartWash("1", 1));
        assertThat(c.pendingStarts()).containsKey(1L);

        c.end("1", "ORD-1");
        c.handle(parked(1));

        assertThat(c.pendingStarts()).isEmpty();
        assertThat(calls).containsExactly("rt1/lock", "rt1/stop");
    }

    @Test
    void defaultOrderIdsComeFromTheInjectedClock() {
        WasherDeviceController c = WasherDeviceController.builder(client).discoverModels(false)
                .machine(7, WasherModel.TUNNEL_1).clock(Clock.fixed(Instant.ofEpochMilli(1700000000000L),
                        ZoneOffset.UTC)).build();
        assertThat(c.execute(new DeviceCommand.StartWash("7", 1)).reference()).matches("PB1700000000000[0-9]{6}");
    }
}
