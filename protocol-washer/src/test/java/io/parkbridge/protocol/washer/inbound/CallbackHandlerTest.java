package io.parkbridge.protocol.washer.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import io.parkbridge.core.event.DomainEvent;
import io.parkbridge.core.port.InMemoryInbox;
import io.parkbridge.core.port.Inbox;
import io.parkbridge.core.port.InboxMessage;
import io.parkbridge.protocol.support.inbound.InboundRequest;
import io.parkbridge.protocol.support.inbound.InboundResponse;
import io.parkbridge.protocol.washer.callback.CallbackParser;
import io.parkbridge.protocol.washer.callback.CallbackType;
import io.parkbridge.protocol.washer.callback.CarPosition;
import io.parkbridge.protocol.washer.callback.NewRolloverPosition;
import io.parkbridge.protocol.washer.callback.TunnelEntry;
import io.parkbridge.protocol.washer.callback.WasherCallback;
import io.parkbridge.protocol.washer.api.MachineType;
import io.parkbridge.protocol.washer.api.ParkStatus;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CallbackHandlerTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);

    static InboundResponse post(CallbackHandler handler, String body) {
        return handler.handle(InboundRequest.post("/washer/callback",
                Map.of("Content-Type", List.of("application/json")), body));
    }

    /** One realistic body per documented type, the event it must become, and its key. */
    static Stream<Arguments> everyType() {
        return Stream.of(
                Arguments.of("{\"callTime\":1700000000001,\"callbackType\":\"FINISH_WASH\",\"washerId\":123456,"
                        + "\"iotId\":123456,\"orderId\":\"ORDER123456\"}", DomainEvent.WashFinished.class,
                        "washer:FINISH_WASH:123456:ORDER123456"),
                Arguments.of("{\"callTime\":1700000000002,\"callbackType\":\"MACHINE_UPDATE_INFO\",\"iotId\":10044,"
                        + "\"name\":\"SD0000004\",\"country\":\"China\",\"address\":\"Huangdao District, Qingdao\","
                        + "\"longitude\":120.132349,\"latitude\":35.992877,\"errorStatus\":\"ERROR\","
                        + "\"onlineStatus\":\"ONLINE\",\"machineType\":\"NTUNNEL_1\"}",
                        DomainEvent.DeviceInfoChanged.class, "washer:MACHINE_UPDATE_INFO:10044:1700000000002"),
                Arguments.of("{\"callTime\":1700000000003,\"callbackType\":\"MACHINE_UPDATE_STATUS\","
                        + "\"iotIdList\":[10044],\"status\":0}", DomainEvent.DeviceOnlineChanged.class,
                        "washer:MACHINE_UPDATE_STATUS:10044:1700000000003:0"),
                Arguments.of("{\"callTime\":1700000000004,\"callbackType\":\"MACHINE_ERROR\",\"iotId\":10044,"
                        + "\"errorMessage\":\"[M835]Abnormal photoelectric signal(X035)\",\"createTime\":\"2026-03-01\"}",
                        DomainEvent.DeviceErrorReported.class, "washer:MACHINE_ERROR:10044:1700000000004"),
                Arguments.of("{\"callTime\":1700000000005,\"callbackType\":\"MACHINE_FA_CAR_CHANGE\",\"iotId\":10074,"
                        + "\"status\":\"SUCCESS\"}", DomainEvent.CarPositionChanged.class,
                        "washer:MACHINE_FA_CAR_CHANGE:10074:1700000000005"),
                Arguments.of("{\"callTime\":1700000000006,\"callbackType\":\"MACHINE_RT2_CAR_CHANGE\",\"iotId\":10075,"
                        + "\"status\":\"FORWARD\"}", DomainEvent.CarPositionChanged.class,
                        "washer:MACHINE_RT2_CAR_CHANGE:10075:1700000000006"),
                Arguments.of("{\"callTime\":1700000000007,\"callbackType\":\"MACHINE_TT1_CAR_INTO\",\"iotId\":10044,"
                        + "\"status\":\"INTO_TIME_OUT\"}", DomainEvent.CarPositionChanged.class,
                        "washer:MACHINE_TT1_CAR_INTO:10044:1700000000007"),
                Arguments.of("{\"callTime\":1700000000008,\"callbackType\":\"MACHINE_TT1_CAR_PUSH_OUT\",\"iotId\":10044,"
                        + "\"orderIdList\":[\"O1\",\"O2\"]}", DomainEvent.CarPositionChanged.class,
                        "washer:MACHINE_TT1_CAR_PUSH_OUT:10044:1700000000008"),
                Arguments.of("{\"callTime\":1700000000009,\"callbackType\":\"WP1_WORK_FINISH\",\"iotId\":20001,"
                        + "\"orderId\":\"W-1\",\"volume\":500}", DomainEvent.WaterDispensed.class,
                        "washer:WP1_WORK_FINISH:20001:W-1"),
                Arguments.of("{\"callTime\":1700000000010,\"callbackType\":\"WP1_WAIT_TIMEOUT\",\"iotId\":20001,"
                        + "\"orderId\":\"W-2\"}", DomainEvent.WaterWaitTimedOut.class,
                        "washer:WP1_WAIT_TIMEOUT:20001:W-2"),
                Arguments.of("{\"callTime\":1700000000011,\"callbackType\":\"WP1_START_WATER\",\"iotId\":20001,"
                        + "\"orderId\":\"W-1\"}", DomainEvent.WaterStarted.class,
                        "washer:WP1_START_WATER:20001:W-1:1700000000011"),
                Arguments.of("{\"callTime\":1700000000012,\"callbackType\":\"WP1_CARD_CONSUME_READY\",\"iotId\":20001,"
                        + "\"orderId\":\"W-1\"}", DomainEvent.WaterReady.class,
                        "washer:WP1_CARD_CONSUME_READY:20001:W-1"),
                Arguments.of("{\"callTime\":1700000000013,\"callbackType\":\"WP1_UPLOAD_TDS\",\"iotId\":20001,"
                        + "\"sourceTds\":180,\"cleanTds\":12}", DomainEvent.TdsReported.class,
                        "washer:WP1_UPLOAD_TDS:20001:1700000000013"),
                Arguments.of("{\"callTime\":1700000000014,\"callbackType\":\"ZY_RT_PARK_CHANGE\",\"iotId\":10090,"
                        + "\"status\":\"16\"}", DomainEvent.CarPositionChanged.class,
                        "washer:ZY_RT_PARK_CHANGE:10090:1700000000014"));
    }

    @Test
    void thereIsOneExampleForEachOfThe14Types() {
        List<String> covered = everyType().map(a -> CallbackParser.parse(((String) a.get()[0])
                .getBytes(StandardCharsets.UTF_8)).callbackType()).toList();
        assertThat(covered).containsExactlyInAnyOrderElementsOf(Arrays.stream(CallbackType.values())
                .filter(t -> t != CallbackType.UNKNOWN).map(Enum::name).toList());
    }

    @ParameterizedTest
    @MethodSource("everyType")
    void eachTypeIsStoredAsItsCoreEventWithItsKeyAndRawBodyThenAcknowledged(String body,
            Class<? extends DomainEvent> eventType, String key) {
        InMemoryInbox inbox = new InMemoryInbox();
        CallbackHandler handler = CallbackHandler.of(inbox, CLOCK);

        InboundResponse reply = post(handler, body);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.bodyText()).isEqualTo("OK");
        assertThat(inbox.messages()).hasSize(1);
        InboxMessage m = inbox.messages().get(0);
        assertThat(m.event()).isInstanceOf(eventType);
        assertThat(m.key()).isEqualTo(key).isEqualTo(m.event().key());
        assertThat(m.rawBody()).isEqualTo(body);
        assertThat(m.vendor()).isEqualTo("washer");
        assertThat(m.receivedAt()).isEqualTo(CLOCK.instant());
        assertThat(m.event().occurredAt().toEpochMilli()).isBetween(1700000000001L, 1700000000014L);
    }

    @Test
    void oversizedValuesAreRefusedAsBadInputNotLeftToFailInStorage() {
        InMemoryInbox inbox = new InMemoryInbox();
        CallbackHandler handler = CallbackHandler.of(inbox, CLOCK);
        String longOrder = "O".repeat(129);
        InboundResponse r = post(handler, "{\"callbackType\":\"FINISH_WASH\",\"iotId\":1,\"orderId\":\"" + longOrder
                + "\",\"callTime\":1}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.bodyText()).contains("orderId").contains("at most 128 characters");
        InboundResponse huge = post(handler, "{\"callbackType\":\"MACHINE_ERROR\",\"iotId\":1,\"errorMessage\":\""
                + "x".repeat(5000) + "\"}");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.bodyText()).contains("errorMessage").contains("at most 4096 characters");
        assertThat(inbox.messages()).isEmpty();
    }

    @Test
    void typedFieldsOfEveryPageAreRead() {
        var info = (WasherCallback.MachineInfo) parse(everyType().toList().get(1));
        assertThat(info.longitude()).isEqualTo(new BigDecimal("120.132349"));
        assertThat(info.machine()).isEqualTo(MachineType.NTUNNEL_1);
        assertThat(info.hasError()).isTrue();
        assertThat(info.online()).isTrue();
        var error = (WasherCallback.MachineError) parse(everyType().toList().get(3));
        assertThat(error.errorCode()).isEqualTo("M835");
        assertThat(((WasherCallback.RolloverCarChange) parse(everyType().toList().get(4))).position())
                .isEqualTo(CarPosition.SUCCESS);
        assertThat(((WasherCallback.Rollover2CarChange) parse(everyType().toList().get(5))).parkStatus())
                .isEqualTo(ParkStatus.FORWARD);
        assertThat(((WasherCallback.TunnelCarInto) parse(everyType().toList().get(6))).entry())
                .isEqualTo(TunnelEntry.INTO_TIME_OUT);
        assertThat(((WasherCallback.TunnelCarPushOut) parse(everyType().toList().get(7))).orderIdList())
                .containsExactly("O1", "O2");
        assertThat(((WasherCallback.WaterWorkFinish) parse(everyType().toList().get(8))).volume()).isEqualTo(500);
        var tds = (WasherCallback.TdsReport) parse(everyType().toList().get(12));
        assertThat(tds.sourceTds()).isEqualTo(180);
        assertThat(tds.cleanTds()).isEqualTo(12);
        assertThat(((WasherCallback.NewRolloverParkChange) parse(everyType().toList().get(13))).position())
                .isEqualTo(NewRolloverPosition.NEED_FORWARD);
    }

    @Test
    void fieldsNotOnThePageAreKeptSuchAsTheSummaryExamplesWasherId() {
        var finish = (WasherCallback.FinishWash) parse(everyType().toList().get(0));
        assertThat(finish.unknownFields()).containsExactly(Map.entry("washerId", "123456"));
        assertThat(finish.orderId()).isEqualTo("ORDER123456");
    }

    @Test
    void eventFieldsCarryTheMappedValues() {
        InMemoryInbox inbox = new InMemoryInbox();
        CallbackHandler handler = CallbackHandler.of(inbox, CLOCK);
        everyType().forEach(a -> post(handler, (String) a.get()[0]));
        List<DomainEvent> events = inbox.messages().stream().map(InboxMessage::event).toList();

        assertThat(events).contains(new DomainEvent.CarPositionChanged("washer:ZY_RT_PARK_CHANGE:10090:1700000000014",
                "washer", Instant.ofEpochMilli(1700000000014L), "10090", "FORWARD",
                (String) everyType().toList().get(13).get()[0]));
        assertThat(events).filteredOn(e -> e instanceof DomainEvent.DeviceErrorReported).first()
                .satisfies(e -> assertThat(((DomainEvent.DeviceErrorReported) e).errorCode()).isEqualTo("M835"));
        assertThat(events).filteredOn(e -> e instanceof DomainEvent.DeviceOnlineChanged).first()
                .satisfies(e -> assertThat(((DomainEvent.DeviceOnlineChanged) e).online()).isFalse());
        assertThat(events).filteredOn(e -> e instanceof DomainEvent.TdsReported).first()
                .satisfies(e -> assertThat(((DomainEvent.TdsReported) e).tds()).isEqualTo("12"));
        assertThat(events).filteredOn(e -> e instanceof DomainEvent.WaterDispensed).first()
                .satisfies(e -> assertThat(((DomainEvent.WaterDispensed) e).volumeMl()).isEqualTo(-1));
    }

    @Test
    void dispensedWaterIsThePlanMinusWhatWasLeft() {
        InMemoryInbox inbox = new InMemoryInbox();
        WaterPlans plans = WaterPlans.inMemory(10);
        plans.record("W-1", 2000);
        CallbackHandler handler = CallbackHandler.of(inbox, CLOCK, InboundGuard.none(), plans);

        post(handler, "{\"callTime\":1,\"callbackType\":\"WP1_WORK_FINISH\",\"iotId\":20001,\"orderId\":\"W-1\","
                + "\"volume\":500}");

        assertThat(((DomainEvent.WaterDispensed) inbox.messages().get(0).event()).volumeMl()).isEqualTo(1500);
    }

    @Test
    void anOnlineStatusForSeveralMachinesGivesOneEventPerMachine() {
        InMemoryInbox inbox = new InMemoryInbox();
        CallbackHandler handler = CallbackHandler.of(inbox, CLOCK);

        post(handler, "{\"callTime\":9,\"callbackType\":\"MACHINE_UPDATE_STATUS\",\"iotIdList\":[1,2],\"status\":1}");

        assertThat(inbox.messages()).extracting(m -> ((DomainEvent.DeviceOnlineChanged) m.event()).deviceId())
                .containsExactly("1", "2");
    }

    @Test
    void anUnknownTypeIsStoredAsAVendorNoticeAndAcknowledged() {
        InMemoryInbox inbox = new InMemoryInbox();
        CallbackHandler handler = CallbackHandler.of(inbox, CLOCK);
        String body = "{\"callTime\":1700000000099,\"callbackType\":\"NT3_FOAM_EMPTY\",\"iotId\":5,\"level\":0}";

        InboundResponse reply = post(handler, body);
        InboundResponse again = post(handler, body);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(inbox.messages()).hasSize(1);
        DomainEvent.VendorNotice notice = (DomainEvent.VendorNotice) inbox.messages().get(0).event();
        assertThat(notice.type()).isEqualTo("NT3_FOAM_EMPTY");
        assertThat(notice.rawJson()).isEqualTo(body);
        assertThat(notice.key()).startsWith("washer:UNKNOWN:");
    }

    @Test
    void aRepeatedCallbackIsAcknowledgedButStoredOnce() {
        InMemoryInbox inbox = new InMemoryInbox();
        CallbackHandler handler = CallbackHandler.of(inbox, CLOCK);
        String body = (String) everyType().toList().get(0).get()[0];

        assertThat(post(handler, body).status()).isEqualTo(200);
        assertThat(post(handler, body).status()).isEqualTo(200);

        assertThat(inbox.messages()).hasSize(1);
    }

    @Test
    void when_the_inbox_fails_the_platform_gets_503_to_retry() {
        Inbox failing = m -> {
            throw new IllegalStateException("disk full");
        };
        CallbackHandler handler = CallbackHandler.of(failing, CLOCK);

        InboundResponse reply = post(handler, (String) everyType().toList().get(0).get()[0]);

        assertThat(reply.status()).isEqualTo(503);
    }

    @Test
    void malformedCallbacksGet400NamingTheFieldAndStrictJsonIsRequired() {
        InMemoryInbox inbox = new InMemoryInbox();
        CallbackHandler handler = CallbackHandler.of(inbox, CLOCK);

        assertThat(post(handler, "{\"callTime\":1,\"callbackType\":\"FINISH_WASH\",\"iotId\":1}").bodyText())
                .contains("orderId");
        assertThat(post(handler, "{\"callTime\":1,\"iotId\":1}").bodyText()).contains("callbackType");
        assertThat(post(handler, "{\"callTime\":1,\"callbackType\":\"FINISH_WASH\",\"iotId\":\"x\",\"orderId\":\"o\"}")
                .bodyText()).contains("iotId");
        assertThat(post(handler, "{\"callbackType\":\"MACHINE_ERROR\",\"iotId\":1}").bodyText()).contains("callTime");
        assertThat(post(handler, "{\"callTime\":1,\"callbackType\":\"MACHINE_UPDATE_STATUS\",\"iotIdList\":[1],"
                + "\"status\":7}").bodyText()).contains("status");
        InboundResponse trailingComma = post(handler,
                "{\"callTime\":1,\"callbackType\":\"FINISH_WASH\",\"iotId\":1,\"orderId\":\"o\",}");
        assertThat(trailingComma.status()).isEqualTo(400);
        assertThat(trailingComma.bodyText()).contains("a JSON object");
        assertThat(inbox.messages()).isEmpty();
    }

    private static WasherCallback parse(Arguments a) {
        return CallbackParser.parse(((String) a.get()[0]).getBytes(StandardCharsets.UTF_8));
    }
}
