package io.parkbridge.protocol.washer.api;

import java.util.List;

/**
 * The platform's control API: all 44 endpoints under {@code /api/open/v1/}, as data. The one
 * call path in {@link WasherClient} uses these; nothing about an endpoint lives anywhere else.
 * Checked against the pages by {@code WasherApiCatalogueTest}.
 */
public final class WasherApi {
    private WasherApi() {
    }


    public static final Endpoint<IotRequest, StatusReply> CHECK_STATUS = new Endpoint<>("CHECK_STATUS", "common", "checkStatus",
            "Check-equipment-status.md", List.of("iotId"),
            IotRequest.class, StatusReply.class, true, false);

    public static final Endpoint<IotInfoRequest, IotInfoReply> GET_IOT_INFO = new Endpoint<>("GET_IOT_INFO", "common", "getIotInfo",
            "Get-device-information.md", List.of("iotIdList"),
            IotInfoRequest.class, IotInfoReply.class, true, false);

    public static final Endpoint<ErrorLogRequest, ErrorLogReply> PAGE_ERROR = new Endpoint<>("PAGE_ERROR", "common", "pageError",
            "Get-error-log.md", List.of("iotId", "page", "size"),
            ErrorLogRequest.class, ErrorLogReply.class, true, false);

    public static final Endpoint<WorkTimeRequest, WorkTimeReply> CHECK_WORK_TIME = new Endpoint<>("CHECK_WORK_TIME", "common", "checkWorkTime",
            "Read-the-number-of-times-of-the-device-been-started.md", List.of("iotId"),
            WorkTimeRequest.class, WorkTimeReply.class, true, false);

    public static final Endpoint<OrderFlowRequest, OrderFlowReply> CHECK_ADV_ORDER = new Endpoint<>("CHECK_ADV_ORDER", "advOrder", "checkAdvOrder",
            "The-query-of-order-flow.md", List.of("orderId"),
            OrderFlowRequest.class, OrderFlowReply.class, true, false);

    public static final Endpoint<PlanRequest, StatusReply> RT1_LOCK = new Endpoint<>("RT1_LOCK", "rt1", "lock",
            "Send-car-washer-plan-and-lock-the-machine.md", List.of("iotId", "mark", "orderId"),
            PlanRequest.class, StatusReply.class, false, false);

    public static final Endpoint<OrderRequest, StatusReply> RT1_START = new Endpoint<>("RT1_START", "rt1", "start",
            "Start-the-locked-machine.md", List.of("iotId", "orderId"),
            OrderRequest.class, StatusReply.class, false, false);

    public static final Endpoint<PlanRequest, StatusReply> RT1_LOCK_AND_START = new Endpoint<>("RT1_LOCK_AND_START", "rt1", "lockAndStart",
            "Send-car-washer-plan-and-start-the-machine-at-the-same-time.md", List.of("iotId", "mark", "orderId"),
            PlanRequest.class, StatusReply.class, false, false);

    public static final Endpoint<IotRequest, AckReply> RT1_STOP = new Endpoint<>("RT1_STOP", "rt1", "stop",
            "Emergency-stop-the-machine-after-it-has-been-started.md", List.of("iotId"),
            IotRequest.class, AckReply.class, false, true);

    public static final Endpoint<IotRequest, ParkStatusReply> RT2_CHECK_PARK_STATUS = new Endpoint<>("RT2_CHECK_PARK_STATUS", "rt2", "checkParkStatus",
            "R2-Check-parking-status.md", List.of("iotId"),
            IotRequest.class, ParkStatusReply.class, true, false);

    public static final Endpoint<PlanRequest, StatusReply> RT2_START = new Endpoint<>("RT2_START", "rt2", "start",
            "R2-Start-washing-the-car.md", List.of("iotId", "mark", "orderId", "obstacleMark"),
            PlanRequest.class, StatusReply.class, false, false);

    public static final Endpoint<PauseRequest, StatusReply> RT2_PAUSE = new Endpoint<>("RT2_PAUSE", "rt2", "pause",
            "R2-Suspend.md", List.of("iotId", "orderId", "maxWaitTime"),
            PauseRequest.class, StatusReply.class, false, false);

    public static final Endpoint<OrderRequest, StatusReply> RT2_CONTINUE = new Endpoint<>("RT2_CONTINUE", "rt2", "continue",
            "R2-Continue.md", List.of("iotId", "orderId"),
            OrderRequest.class, StatusReply.class, false, false);

    public static final Endpoint<PlanRequest, StatusReply> RT3_LOCK = new Endpoint<>("RT3_LOCK", "rt3", "lock",
            "R3-Send-car-washer-plan-and-lock-the-machine.md", List.of("iotId", "mark", "orderId"),
            PlanRequest.class, StatusReply.class, false, false);

    public static final Endpoint<StartLockedRequest, StatusReply> RT3_START = new Endpoint<>("RT3_START", "rt3", "start",
            "R3-Start-the-locked-machine.md", List.of("iotId", "orderId", "obstacleMark"),
            StartLockedRequest.class, StatusReply.class, false, false);

    public static final Endpoint<PlanRequest, StatusReply> RT3_LOCK_AND_START = new Endpoint<>("RT3_LOCK_AND_START", "rt3", "lockAndStart",
            "R3-Send-car-washer-plan-and-start-the-machine-at-the-same-time.md", List.of("iotId", "mark", "orderId", "obstacleMark"),
            PlanRequest.class, StatusReply.class, false, false);

    public static final Endpoint<IotRequest, AckReply> RT3_STOP = new Endpoint<>("RT3_STOP", "rt3", "stop",
            "R3-Emergency-stop-the-machine-after-it-has-been-started.md", List.of("iotId"),
            IotRequest.class, AckReply.class, false, true);

    public static final Endpoint<IotRequest, ParkStatusReply> NRT_CAR_PARK_STATUS = new Endpoint<>("NRT_CAR_PARK_STATUS", "nrt", "carParkStatus",
            "New-Rollover-Check-parking-status.md", List.of("iotId"),
            IotRequest.class, ParkStatusReply.class, true, false);

    public static final Endpoint<PlanRequest, StatusReply> NRT_LOCK = new Endpoint<>("NRT_LOCK", "nrt", "lock",
            "New-Rollover-Send-car-washer-plan-and-lock-the-machine.md", List.of("iotId", "mark", "orderId", "obstacleMark"),
            PlanRequest.class, StatusReply.class, false, false);

    public static final Endpoint<OrderRequest, StatusReply> NRT_START = new Endpoint<>("NRT_START", "nrt", "start",
            "New-Rollover-Start-the-locked-machine.md", List.of("iotId", "orderId"),
            OrderRequest.class, StatusReply.class, false, false);

    public static final Endpoint<PlanRequest, StatusReply> NRT_LOCK_AND_START = new Endpoint<>("NRT_LOCK_AND_START", "nrt", "lockAndStart",
            "New-Rollover-Send-car-washer-plan-and-start-the-machine-at-the-same-time.md", List.of("iotId", "mark", "orderId", "obstacleMark"),
            PlanRequest.class, StatusReply.class, false, false);

    public static final Endpoint<PauseRequest, StatusReply> NRT_PAUSE = new Endpoint<>("NRT_PAUSE", "nrt", "pause",
            "New-Rollover-Suspend.md", List.of("iotId", "orderId", "maxWaitTime"),
            PauseRequest.class, StatusReply.class, false, false);

    public static final Endpoint<OrderRequest, StatusReply> NRT_CONTINUE = new Endpoint<>("NRT_CONTINUE", "nrt", "continue",
            "New-Rollover-Continue.md", List.of("iotId", "orderId"),
            OrderRequest.class, StatusReply.class, false, false);

    public static final Endpoint<IotRequest, StatusReply> NRT_RESET = new Endpoint<>("NRT_RESET", "nrt", "reset",
            "New-Rollover-Reset.md", List.of("iotId"),
            IotRequest.class, StatusReply.class, false, false);

    public static final Endpoint<PlanRequest, StatusReply> NT1_LOCK = new Endpoint<>("NT1_LOCK", "nt1", "lock",
            "Touchless-1-Send-car-washer-plan-and-lock-the-machine.md", List.of("iotId", "mark", "orderId"),
            PlanRequest.class, StatusReply.class, false, false);

    public static final Endpoint<OrderRequest, StatusReply> NT1_START = new Endpoint<>("NT1_START", "nt1", "start",
            "Touchless-1-Start-the-locked-machine.md", List.of("iotId", "orderId"),
            OrderRequest.class, StatusReply.class, false, false);

    public static final Endpoint<PlanRequest, StatusReply> NT1_LOCK_AND_START = new Endpoint<>("NT1_LOCK_AND_START", "nt1", "lockAndStart",
            "Touchless-1-Send-car-washer-plan-and-start-the-machine-at-the-same-time.md", List.of("iotId", "mark", "orderId"),
            PlanRequest.class, StatusReply.class, false, false);

    public static final Endpoint<OrderRequest, StatusReply> NT1_PAUSE = new Endpoint<>("NT1_PAUSE", "nt1", "pause",
            "Touchless-1-Suspend.md", List.of("iotId", "orderId"),
            OrderRequest.class, StatusReply.class, false, false);

    public static final Endpoint<OrderRequest, StatusReply> NT1_CONTINUE = new Endpoint<>("NT1_CONTINUE", "nt1", "continue",
            "Touchless-1-Continue.md", List.of("iotId", "orderId"),
            OrderRequest.class, StatusReply.class, false, false);

    public static final Endpoint<IotRequest, ParkStatusReply> NT2_CAR_PARK_STATUS = new Endpoint<>("NT2_CAR_PARK_STATUS", "nt2", "carParkStatus",
            "Touchless-2-Check-parking-status.md", List.of("iotId"),
            IotRequest.class, ParkStatusReply.class, true, false);

    public static final Endpoint<PlanRequest, StatusReply> NT2_LOCK = new Endpoint<>("NT2_LOCK", "nt2", "lock",
            "Touchless-2-Send-car-washer-plan-and-lock-the-machine.md", List.of("iotId", "mark", "orderId"),
            PlanRequest.class, StatusReply.class, false, false);

    public static final Endpoint<OrderRequest, StatusReply> NT2_START = new Endpoint<>("NT2_START", "nt2", "start",
            "Touchless-2-Start-the-locked-machine.md", List.of("iotId", "orderId"),
            OrderRequest.class, StatusReply.class, false, false);

    public static final Endpoint<PlanRequest, StatusReply> NT2_LOCK_AND_START = new Endpoint<>("NT2_LOCK_AND_START", "nt2", "lockAndStart",
            "Touchless-2-Send-car-washer-plan-and-start-the-machine-at-the-same-time.md", List.of("iotId", "mark", "orderId"),
            PlanRequest.class, StatusReply.class, false, false);

    public static final Endpoint<OrderRequest, StatusReply> NT2_PAUSE = new Endpoint<>("NT2_PAUSE", "nt2", "pause",
            "Touchless-2-Suspend.md", List.of("iotId", "orderId"),
            OrderRequest.class, StatusReply.class, false, false);

    public static final Endpoint<OrderRequest, StatusReply> NT2_CONTINUE = new Endpoint<>("NT2_CONTINUE", "nt2", "continue",
            "Touchless-2-Continue.md", List.of("iotId", "orderId"),
            OrderRequest.class, StatusReply.class, false, false);

    public static final Endpoint<PlanRequest, StatusReply> TT1_SEND_PROGRAM = new Endpoint<>("TT1_SEND_PROGRAM", "tt1", "sendProgram",
            "T1-Send-car-washer-plan.md", List.of("iotId", "mark", "orderId"),
            PlanRequest.class, StatusReply.class, false, false);

    public static final Endpoint<OrderRequest, StatusReply> TT1_PAUSE = new Endpoint<>("TT1_PAUSE", "tt1", "pause",
            "T1-Suspend.md", List.of("iotId", "orderId"),
            OrderRequest.class, StatusReply.class, false, false);

    public static final Endpoint<OrderRequest, StatusReply> TT1_CONTINUE = new Endpoint<>("TT1_CONTINUE", "tt1", "continue",
            "T1-Continue.md", List.of("iotId", "orderId"),
            OrderRequest.class, StatusReply.class, false, false);

    public static final Endpoint<OrderRequest, StatusReply> TT1_RESET = new Endpoint<>("TT1_RESET", "tt1", "reset",
            "T1-Reset.md", List.of("iotId", "orderId"),
            OrderRequest.class, StatusReply.class, false, false);

    public static final Endpoint<SelfServiceStartRequest, StatusReply> SHT2_START = new Endpoint<>("SHT2_START", "sht2", "start",
            "S2-Start-washing-the-car.md", List.of("iotId", "washerTime", "orderId"),
            SelfServiceStartRequest.class, StatusReply.class, false, false);

    public static final Endpoint<OrderRequest, StatusReply> SHT2_CLOSE_ORDER = new Endpoint<>("SHT2_CLOSE_ORDER", "sht2", "closeOrder",
            "S2-Close-washing-order.md", List.of("iotId", "orderId"),
            OrderRequest.class, StatusReply.class, false, false);

    public static final Endpoint<WaterPlanRequest, StatusReply> WP1_LOCK = new Endpoint<>("WP1_LOCK", "wp1", "lock",
            "W1-Send-water-purifier-plan-and-lock-the-machine.md", List.of("iotId", "volume", "orderId", "maxWaitTime", "programPrice"),
            WaterPlanRequest.class, StatusReply.class, false, false);

    public static final Endpoint<OrderRequest, StatusReply> WP1_CANCEL_LOCK = new Endpoint<>("WP1_CANCEL_LOCK", "wp1", "cancelLock",
            "W1-Unlock-the-machine.md", List.of("iotId", "orderId"),
            OrderRequest.class, StatusReply.class, false, false);

    public static final Endpoint<OpenDoorRequest, StatusReply> WP1_OPEN_THE_DOOR = new Endpoint<>("WP1_OPEN_THE_DOOR", "wp1", "openTheDoor",
            "W1-Open-the-door-by-hand.md", List.of("iotId", "delayCloseTime"),
            OpenDoorRequest.class, StatusReply.class, false, false);


    /** Every endpoint, in the order of the wiki's home page. */
    public static final List<Endpoint<?, ?>> ALL = List.of(CHECK_STATUS, GET_IOT_INFO, PAGE_ERROR, CHECK_WORK_TIME, CHECK_ADV_ORDER, RT1_LOCK, RT1_START, RT1_LOCK_AND_START, RT1_STOP, RT2_CHECK_PARK_STATUS, RT2_START, RT2_PAUSE, RT2_CONTINUE, RT3_LOCK, RT3_START, RT3_LOCK_AND_START, RT3_STOP, NRT_CAR_PARK_STATUS, NRT_LOCK, NRT_START, NRT_LOCK_AND_START, NRT_PAUSE, NRT_CONTINUE, NRT_RESET, NT1_LOCK, NT1_START, NT1_LOCK_AND_START, NT1_PAUSE, NT1_CONTINUE, NT2_CAR_PARK_STATUS, NT2_LOCK, NT2_START, NT2_LOCK_AND_START, NT2_PAUSE, NT2_CONTINUE, TT1_SEND_PROGRAM, TT1_PAUSE, TT1_CONTINUE, TT1_RESET, SHT2_START, SHT2_CLOSE_ORDER, WP1_LOCK, WP1_CANCEL_LOCK, WP1_OPEN_THE_DOOR);
}
