package io.parkbridge.protocol.carsafe.client;

import io.parkbridge.protocol.carsafe.message.DoorOpenRequest;
import io.parkbridge.protocol.carsafe.message.DoorQrcode;
import io.parkbridge.protocol.carsafe.message.EntryUpload;
import io.parkbridge.protocol.carsafe.message.ExitUpload;
import io.parkbridge.protocol.carsafe.message.FlagResult;
import io.parkbridge.protocol.carsafe.message.GuidanceSpaceTotals;
import io.parkbridge.protocol.carsafe.message.MicropayResult;
import io.parkbridge.protocol.carsafe.message.VehiclePosition;
import io.parkbridge.protocol.carsafe.message.VisitorOrder;
import io.parkbridge.protocol.carsafe.message.VisitorRegistration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Typed methods for the chapters after 6 where a typed shape helps: access control (7), space
 * guidance (8), uploads (9), common (10). Like {@link CarsafeParking}, each is one line over the
 * generic call path.
 */
public final class CarsafeServices {
    private final CarsafeClient client;

    /** Typed chapter 7-10 calls over {@code client}. */
    public CarsafeServices(CarsafeClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /** 7.6 门禁开门. */
    public FlagResult openDoor(DoorOpenRequest request) {
        return client.call("7.6", request, FlagResult.class);
    }

    /** 7.12 门常开设置: {@code normallyOpen} false cancels. */
    public FlagResult setDoorNormallyOpen(String controllerNo, String doorNo, boolean normallyOpen) {
        return client.call("7.12", Map.of("controllerno", controllerNo, "doorno", doorNo, "controltype",
                normallyOpen ? "0" : "1"), FlagResult.class);
    }

    /** 8.5 根据车牌号获取车辆停车位置. */
    public VehiclePosition positionByPlate(String plate) {
        return client.call("8.5", Map.of("licensePlate", plate), VehiclePosition.class);
    }

    /** 8.14 剩余车位查询 (guidance); {@code spaceType} null = totals only. */
    public GuidanceSpaceTotals guidanceSpaces(String spaceType) {
        Map<String, String> data = new LinkedHashMap<>();
        if (spaceType != null) {
            data.put("parkLotType", spaceType);
        }
        return client.call("8.14", data, GuidanceSpaceTotals.class);
    }

    /** 9.1 上传入场记录到车安通. */
    public void uploadEntry(EntryUpload upload) {
        client.call("9.1", upload);
    }

    /** 9.2 上传出场记录到车安通. */
    public void uploadExit(ExitUpload upload) {
        client.call("9.2", upload);
    }

    /** 9.6 凭付款码收款 for order {@code orderNo}. */
    public MicropayResult micropay(String paymentCode, String orderNo) {
        return client.call("9.6", Map.of("paymentCode", paymentCode, "orderNo", orderNo), MicropayResult.class);
    }

    /** 10.3 访客登记. */
    public VisitorOrder registerVisitor(VisitorRegistration registration) {
        return client.call("10.3", registration, VisitorOrder.class);
    }

    /** 10.55 访客注销. */
    public void logoutVisitor(String orderNo) {
        client.call("10.55", Map.of("orderNo", orderNo));
    }

    /**
     * 10.37 获取系统日志: downloads a whole log file chunk by chunk ({@code queryFormat} rowindex =
     * chunk index, pagesize = chunk length; {@code total} = chunk count; {@code FileName} carried
     * from the first reply) and returns its bytes. Empty if the file does not exist (FileExists 2)
     * or the directory is not accessible (1).
     */
    public byte[] systemLog(String logType, String workstationNo, String logDirectory, String logDate,
            int chunkLength) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        String fileName = "";
        long total = 1;
        for (long index = 0; index < total; index++) {
            Map<String, String> data = new LinkedHashMap<>();
            data.put("LogType", logType);
            if (workstationNo != null) {
                data.put("WorkstationNo", workstationNo);
            }
            data.put("LogDirectory", logDirectory);
            data.put("LogDate", logDate);
            data.put("FileName", fileName);
            var reply = client.call(io.parkbridge.protocol.carsafe.catalogue.CarsafeCatalogue.of("10.37"), data,
                    io.parkbridge.protocol.carsafe.codec.QueryFormat.of(index, chunkLength));
            if (!"0".equals(reply.data().path("FileExists").asText("0"))) {
                return new byte[0];
            }
            fileName = reply.data().path("FileName").asText("");
            total = reply.total();
            try {
                out.writeBytes(java.util.Base64.getDecoder().decode(reply.data().path("PageData").asText("")));
            } catch (IllegalArgumentException e) {
                throw new io.parkbridge.protocol.support.error.MalformedMessageException("carsafe", "10.37 PageData",
                        "Base64", e);
            }
        }
        return out.toByteArray();
    }

    /** 10.40 获取门禁开门二维码 (the document's verified example). */
    public DoorQrcode doorQrcode(String controllerNo, int doorNo) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ControllerNo", controllerNo);
        data.put("DoorNo", doorNo);
        return client.call("10.40", data, DoorQrcode.class);
    }
}
