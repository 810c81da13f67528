package io.parkbridge.protocol.carsafe.client;

import io.parkbridge.protocol.carsafe.message.BlacklistEntry;
import io.parkbridge.protocol.carsafe.message.Controller;
import io.parkbridge.protocol.carsafe.message.Credential;
import io.parkbridge.protocol.carsafe.message.FeeCalculation;
import io.parkbridge.protocol.carsafe.message.FeeCalculationRequest;
import io.parkbridge.protocol.carsafe.message.FlagResult;
import io.parkbridge.protocol.carsafe.message.GateRequest;
import io.parkbridge.protocol.carsafe.message.LockStatus;
import io.parkbridge.protocol.carsafe.message.MonthlyCardInfo;
import io.parkbridge.protocol.carsafe.message.MonthlyCardRequest;
import io.parkbridge.protocol.carsafe.message.ParkingCard;
import io.parkbridge.protocol.carsafe.message.ParkingOrder;
import io.parkbridge.protocol.carsafe.message.PaymentCommitRequest;
import io.parkbridge.protocol.carsafe.message.PlateRequest;
import io.parkbridge.protocol.carsafe.message.SpaceTotals;
import io.parkbridge.protocol.carsafe.message.StoredValueCardInfo;
import io.parkbridge.protocol.carsafe.message.StoredValueTopUp;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Typed methods for the chapter 6 interfaces used most. Each is one line over the generic
 * {@link CarsafeClient} path: the interface number plus request and response types. Every other
 * interface is called with {@link CarsafeClient#call(String, Object)}.
 */
public final class CarsafeParking {
    private final CarsafeClient client;

    /** Typed chapter 6 calls over {@code client}. */
    public CarsafeParking(CarsafeClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /** 6.1 停车查询: the fee owed now; creates an order (orderNo) when the fee is not zero. */
    public FeeCalculation calculateFee(FeeCalculationRequest request) {
        return client.call("6.1", request, FeeCalculation.class);
    }

    /** 6.2 停车缴费: reports a payment. */
    public FlagResult commitPayment(PaymentCommitRequest request) {
        return client.call("6.2", request, FlagResult.class);
    }

    /** 6.3 剩余车位查询. */
    public SpaceTotals remainingSpaces() {
        return client.call("6.3", Map.of(), SpaceTotals.class);
    }

    /** 6.4 停车卡信息列表查询, all pages. */
    public List<ParkingCard> cards(Map<String, ?> filter, int pageSize) {
        java.util.ArrayList<ParkingCard> out = new java.util.ArrayList<>();
        for (var row : client.rows("6.4", filter, pageSize)) {
            try {
                out.add(io.parkbridge.protocol.carsafe.codec.CarsafeJson.mapper().treeToValue(row, ParkingCard.class));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new io.parkbridge.protocol.support.error.MalformedMessageException("carsafe", "6.4 data",
                        "parking card rows", e);
            }
        }
        return out;
    }

    /** 6.5 月卡信息. */
    public MonthlyCardInfo monthlyCard(Credential credential, Integer months) {
        return client.call("6.5", MonthlyCardRequest.info(credential, months), MonthlyCardInfo.class);
    }

    /** 6.6 月卡缴费. */
    public FlagResult chargeMonthlyCard(MonthlyCardRequest request) {
        return client.call("6.6", request, FlagResult.class);
    }

    /** 6.7 储值卡信息查询. */
    public StoredValueCardInfo storedValueCard(Credential credential) {
        return client.call("6.7", Map.of("credentialtype", credential.type(), "credential", credential.value()),
                StoredValueCardInfo.class);
    }

    /** 6.8 储值卡充值. */
    public FlagResult topUp(StoredValueTopUp request) {
        return client.call("6.8", request, FlagResult.class);
    }

    /** 6.16 锁车. */
    public void lockCar(String plate) {
        client.call("6.16", new PlateRequest(plate));
    }

    /** 6.17 确认锁车. */
    public void confirmLock(String plate) {
        client.call("6.17", new PlateRequest(plate));
    }

    /** 6.18 取消锁车. */
    public void cancelLock(String plate) {
        client.call("6.18", new PlateRequest(plate));
    }

    /** 6.19 确认解锁. */
    public void confirmUnlock(String plate) {
        client.call("6.19", new PlateRequest(plate));
    }

    /** 6.20 取消停车缴费. */
    public void cancelPayment(Credential credential, String orderNo) {
        java.util.Map<String, String> data = new java.util.LinkedHashMap<>();
        data.put("credentialtype", credential.type());
        data.put("credential", credential.value());
        if (orderNo != null) {
            data.put("orderno", orderNo);
        }
        client.call("6.20", data);
    }

    /** 6.21 获取控制机列表. */
    public List<Controller> controllers() {
        return client.list("6.21", null, Controller.class);
    }

    /** 6.25 抬杆. */
    public void openGate(String deviceId) {
        client.call("6.25", GateRequest.open(deviceId));
    }

    /** 6.26 查询停车缴费订单. */
    public ParkingOrder order(String orderNo) {
        return client.call("6.26", Map.of("orderNo", orderNo), ParkingOrder.class);
    }

    /** 6.54 获取车辆锁定状态. */
    public LockStatus lockStatus(String plate) {
        return client.call("6.54", new PlateRequest(plate), LockStatus.class);
    }

    /** 6.58 关闸. */
    public void closeGate(String deviceId) {
        client.call("6.58", GateRequest.close(deviceId));
    }

    /** 6.72 添加黑名单. */
    public void addToBlacklist(BlacklistEntry entry) {
        client.call("6.72", entry);
    }

    /** 6.74 删除黑名单. */
    public void deleteFromBlacklist(String autoId) {
        client.call("6.74", Map.of("autoId", autoId));
    }

    /** 6.76 获取黑名单. */
    public List<BlacklistEntry> blacklist() {
        return client.list("6.76", null, BlacklistEntry.class);
    }

    /** 6.60 为车辆添加优惠券 (plate only). */
    public void addCouponToVehicle(String plate, String barcode) {
        client.call("6.60", Map.of("credentialType", "1", "credential", plate, "barcode", barcode));
    }
}
