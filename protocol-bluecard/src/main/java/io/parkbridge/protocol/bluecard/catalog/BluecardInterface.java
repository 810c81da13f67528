package io.parkbridge.protocol.bluecard.catalog;

import static io.parkbridge.protocol.bluecard.catalog.Direction.BLUECARD_TO_US;
import static io.parkbridge.protocol.bluecard.catalog.Direction.US_TO_BLUECARD;
import static io.parkbridge.protocol.bluecard.catalog.ReplyShape.ARRAY;
import static io.parkbridge.protocol.bluecard.catalog.ReplyShape.NONE;
import static io.parkbridge.protocol.bluecard.catalog.ReplyShape.OBJECT;

import io.parkbridge.protocol.bluecard.Bluecard;
import io.parkbridge.protocol.bluecard.message.AllSpaceStatus;
import io.parkbridge.protocol.bluecard.message.AlterCarType;
import io.parkbridge.protocol.bluecard.message.BlacklistDelete;
import io.parkbridge.protocol.bluecard.message.BlacklistIssue;
import io.parkbridge.protocol.bluecard.message.BlacklistQuery;
import io.parkbridge.protocol.bluecard.message.BookingIssue;
import io.parkbridge.protocol.bluecard.message.BookingQuery;
import io.parkbridge.protocol.bluecard.message.ChargeRecords;
import io.parkbridge.protocol.bluecard.message.CouponIssue;
import io.parkbridge.protocol.bluecard.message.EntryRecords;
import io.parkbridge.protocol.bluecard.message.ExitRecords;
import io.parkbridge.protocol.bluecard.message.FacePay;
import io.parkbridge.protocol.bluecard.message.FacePayCancel;
import io.parkbridge.protocol.bluecard.message.FacePayPoll;
import io.parkbridge.protocol.bluecard.message.FeeCalculation;
import io.parkbridge.protocol.bluecard.message.Heartbeat;
import io.parkbridge.protocol.bluecard.message.ImageQuery;
import io.parkbridge.protocol.bluecard.message.ImageUpload;
import io.parkbridge.protocol.bluecard.message.LaneInfo;
import io.parkbridge.protocol.bluecard.message.LanePayment;
import io.parkbridge.protocol.bluecard.message.OpenGate;
import io.parkbridge.protocol.bluecard.message.PaymentResult;
import io.parkbridge.protocol.bluecard.message.PreExitFee;
import io.parkbridge.protocol.bluecard.message.QrCodeRequest;
import io.parkbridge.protocol.bluecard.message.QrPaymentQuery;
import io.parkbridge.protocol.bluecard.message.RemoteLiftRod;
import io.parkbridge.protocol.bluecard.message.Renewals;
import io.parkbridge.protocol.bluecard.message.SpaceByPlate;
import io.parkbridge.protocol.bluecard.message.TimeStampData;
import io.parkbridge.protocol.bluecard.message.UnlicensedEntry;
import io.parkbridge.protocol.bluecard.message.UnlicensedExit;
import io.parkbridge.protocol.bluecard.message.WhitelistDelete;
import io.parkbridge.protocol.bluecard.message.WhitelistIssue;
import io.parkbridge.protocol.bluecard.message.WhitelistQuery;
import io.parkbridge.protocol.bluecard.message.WhitelistSync;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every interface of the Bluecard cloud-to-cloud protocol v2.6.0 (4.1-4.34), as data. The client
 * and the inbound handler read this table; no interface has its own HTTP, signing or error code.
 *
 * <p>{@link #name()} of the wire: for calls into Bluecard the last path segment under
 * {@code /bcopenapi/out/}; for pushes 4.1-4.27 the default route segment we offer (the document
 * lets the third party choose the URL); from 4.28 on the general-mode {@code method} value.
 */
public enum BluecardInterface {
    HEARTBEAT("4.1", "心跳接口", "Heartbeat", BLUECARD_TO_US, "heartbeat", null, Heartbeat.Request.class, TimeStampData.class, OBJECT, false, false),
    CAR_IN("4.2", "实时发送入场记录", "Real-time entry record push", BLUECARD_TO_US, "carIn", null, EntryRecords.Request.class, TimeStampData.class, OBJECT, false, false),
    CAR_OUT("4.3", "实时发送出场记录", "Real-time exit record push", BLUECARD_TO_US, "carOut", null, ExitRecords.Request.class, TimeStampData.class, OBJECT, false, false),
    GET_CHARGE_BF("4.4", "请求算费", "Fee calculation request", US_TO_BLUECARD, "getChargebf", null, FeeCalculation.Request.class, FeeCalculation.Fee.class, OBJECT, true, false),
    SEND_PAY_RES("4.5", "支付结果下发", "Payment result delivery", US_TO_BLUECARD, "sendPayRes", null, PaymentResult.Request.class, PaymentResult.Receipt.class, OBJECT, false, false),
    SYN_WHITE("4.6", "白名单下发(新增或修改)", "Whitelist issue (add or modify)", US_TO_BLUECARD, "synWhite", null, WhitelistIssue.Request.class, TimeStampData.class, OBJECT, false, false),
    DEL_WHITE("4.7", "白名单删除", "Whitelist delete", US_TO_BLUECARD, "delWhite", null, WhitelistDelete.Request.class, TimeStampData.class, OBJECT, false, false),
    QUERY_WHITE("4.8", "白名单查询", "Whitelist query", US_TO_BLUECARD, "queryWhite", null, WhitelistQuery.Request.class, WhitelistQuery.WhiteEntryFound.class, ARRAY, true, false),
    SYN_BLACK("4.9", "黑名单下发(新增或修改)", "Blacklist issue (add or modify)", US_TO_BLUECARD, "synBlack", null, BlacklistIssue.Request.class, TimeStampData.class, OBJECT, false, false),
    DEL_BLACK("4.10", "黑名单删除", "Blacklist delete", US_TO_BLUECARD, "delBlack", null, BlacklistDelete.Request.class, TimeStampData.class, OBJECT, false, false),
    QUERY_BLACK("4.11", "黑名单查询", "Blacklist query", US_TO_BLUECARD, "queryBlack", null, BlacklistQuery.Request.class, BlacklistIssue.BlackEntry.class, ARRAY, true, false),
    ALTER_CAR_TYPE("4.12", "调整在场车辆类型(废弃)", "Adjust the type of a vehicle in the park (deprecated)", US_TO_BLUECARD, "alterCarType", null, AlterCarType.Request.class, TimeStampData.class, OBJECT, false, true),
    CHARGE_BEFORE_EXIT("4.13", "出场前算费请求", "Pre-exit fee request", BLUECARD_TO_US, "preExitFee", null, PreExitFee.Request.class, PreExitFee.Answer.class, OBJECT, false, false),
    IMAGE_UPLOAD("4.14", "进出记录图片上传", "Entry/exit record image upload", BLUECARD_TO_US, "imageUpload", null, ImageUpload.Request.class, TimeStampData.class, OBJECT, false, false),
    CHARGE_UPLOAD("4.15", "收费信息上传", "Charge information upload", BLUECARD_TO_US, "chargeUpload", null, ChargeRecords.Request.class, TimeStampData.class, OBJECT, false, false),
    QR_CODE("4.16", "代扣和申请二维码", "Withholding or payment QR code request", BLUECARD_TO_US, "qrCode", null, QrCodeRequest.Request.class, QrCodeRequest.Answer.class, OBJECT, false, false),
    QR_PAY_QUERY("4.17", "二维码支付结果查询", "QR code payment result query", BLUECARD_TO_US, "qrPayQuery", null, QrPaymentQuery.Request.class, QrPaymentQuery.Answer.class, OBJECT, false, false),
    SYN_BOOKING_CAR("4.18", "预约车下发", "Booking issue", US_TO_BLUECARD, "synBookingCar", null, BookingIssue.Request.class, TimeStampData.class, OBJECT, false, false),
    QUERY_BOOKING_CAR("4.19", "预约车查询", "Booking query", US_TO_BLUECARD, "queryBookingCar", null, BookingQuery.Request.class, BookingQuery.Result.class, OBJECT, true, false),
    QUERY_IMG_BY_NAME("4.20", "根据图片名获取图片地址", "Get image URL by image name", US_TO_BLUECARD, "queryImgByName", null, ImageQuery.Request.class, ImageQuery.Result.class, OBJECT, true, false),
    LANE_INFO("4.21", "通道信息上传", "Lane information upload", BLUECARD_TO_US, "laneInfo", null, LaneInfo.Request.class, TimeStampData.class, OBJECT, false, false),
    REMOTE_LIFT_ROD("4.22", "远程抬杆", "Remote barrier lift", US_TO_BLUECARD, "RemoteLiftRod", null, RemoteLiftRod.Request.class, TimeStampData.class, OBJECT, false, false),
    COUPON("4.23", "优惠券下发", "Coupon issue", US_TO_BLUECARD, "coupon", null, CouponIssue.Request.class, TimeStampData.class, OBJECT, false, false),
    FACE_PAY("4.24", "当面付", "Face-to-face payment", BLUECARD_TO_US, "facePay", null, FacePay.Request.class, FacePay.Answer.class, OBJECT, false, false),
    FACE_PAY_POLL("4.25", "当面付结果轮询", "Face-to-face payment result polling", BLUECARD_TO_US, "facePayPoll", null, FacePayPoll.Request.class, FacePay.PayContent.class, OBJECT, false, false),
    FACE_PAY_CANCEL("4.26", "当面付订单撤销", "Face-to-face payment order cancel", BLUECARD_TO_US, "facePayCancel", null, FacePayCancel.Request.class, TimeStampData.class, OBJECT, false, false),
    LANE_PAY("4.27", "第三方支付", "Third-party payment (lane code)", BLUECARD_TO_US, "lanePay", null, LanePayment.Request.class, Void.class, NONE, false, false),
    OPEN_GATE("4.28", "第三方开闸", "Third-party gate-open decision", BLUECARD_TO_US, "opengate", "opengate", OpenGate.Request.class, Void.class, NONE, false, false),
    UNLICENSED_CAR_IN("4.29", "无牌车入场", "Unlicensed vehicle entry", US_TO_BLUECARD, "unlicensedCarIn", "unlicensedCarIn", UnlicensedEntry.Request.class, UnlicensedEntry.Result.class, OBJECT, false, false),
    UNLICENSED_CAR_OUT("4.30", "无牌车出场", "Unlicensed vehicle exit", US_TO_BLUECARD, "unlicensedCarOut", "unlicensedCarOut", UnlicensedExit.Request.class, FeeCalculation.Fee.class, OBJECT, false, false),
    PARKING_SPACE_FEE("4.31", "固定车续费记录上传", "Fixed-vehicle renewal record upload", BLUECARD_TO_US, "parkingspacefee", "parkingspacefee", Renewals.Request.class, TimeStampData.class, OBJECT, false, false),
    FIXED_LIST_UP("4.32", "白名单信息同步至第三方云", "Whitelist sync to the third-party cloud", BLUECARD_TO_US, "fixedListUp", "fixedListUp", WhitelistSync.Request.class, TimeStampData.class, OBJECT, false, false),
    GET_ALL_SPACE_STATUS("4.33", "所有车位状态查询【车位引导】", "All parking space status query", US_TO_BLUECARD, "getAllSpaceStatus", "getAllSpaceStatus", AllSpaceStatus.Request.class, AllSpaceStatus.Space.class, ARRAY, true, false),
    GET_SPACE_STATUS_BY_PLATE("4.34", "有车牌/无牌车反查【车位引导】", "Find the space of a plate", US_TO_BLUECARD, "getSpaceStatusByPlate", "getSpaceStatusByPlate", SpaceByPlate.Request.class, SpaceByPlate.Location.class, ARRAY, true, false);

    private final String section;
    private final String chineseName;
    private final String englishName;
    private final Direction direction;
    private final String wireName;
    private final String generalMethod;
    private final Class<?> requestType;
    private final Class<?> replyDataType;
    private final ReplyShape replyShape;
    private final boolean idempotent;
    private final boolean deprecated;
    /** Built once: every stored record carries it. */
    private final String label;

    BluecardInterface(String section, String chineseName, String englishName, Direction direction, String wireName,
            String generalMethod, Class<?> requestType, Class<?> replyDataType, ReplyShape replyShape, boolean idempotent,
            boolean deprecated) {
        this.section = section;
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.direction = direction;
        this.wireName = wireName;
        this.generalMethod = generalMethod;
        this.requestType = requestType;
        this.replyDataType = replyDataType;
        this.replyShape = replyShape;
        this.idempotent = idempotent;
        this.deprecated = deprecated;
        this.label = section + " " + wireName;
    }

    /** e.g. "4.4". */
    public String section() {
        return section;
    }

    /** The interface's name as printed in the document. */
    public String chineseName() {
        return chineseName;
    }

    /** An English name for the interface. */
    public String englishName() {
        return englishName;
    }

    /** Who calls whom. */
    public Direction direction() {
        return direction;
    }

    /** Path segment (calls into Bluecard), default route segment (pushes 4.1-4.27), or {@code method}. */
    public String wireName() {
        return wireName;
    }

    /** The general-mode {@code method} value (4.28 on), empty before 4.28. */
    public Optional<String> generalMethod() {
        return Optional.ofNullable(generalMethod);
    }

    /** The request record this interface sends or receives. */
    public Class<?> requestType() {
        return requestType;
    }

    /** The type of {@code datas} (of one item when {@link #replyShape()} is ARRAY). */
    public Class<?> replyDataType() {
        return replyDataType;
    }

    /** Whether the reply's {@code datas} is an object, an array or absent. */
    public ReplyShape replyShape() {
        return replyShape;
    }

    /** True only for queries: the one kind of call the client may repeat after a failure. */
    public boolean idempotent() {
        return idempotent;
    }

    /** 4.12 only (deprecated in v2.3.3; still callable). */
    public boolean deprecated() {
        return deprecated;
    }

    /** Path of a call into Bluecard, e.g. {@code /bcopenapi/out/getChargebf}. */
    public String bluecardPath() {
        if (direction != US_TO_BLUECARD) {
            throw new IllegalStateException(section + " is pushed by Bluecard; it has no Bluecard path");
        }
        return Bluecard.OUT_PREFIX + wireName;
    }

    /** "4.4 getChargebf": how logs, routes and inbox messages name the interface. */
    public String label() {
        return label;
    }

    /** All interfaces in one direction, in document order. */
    public static List<BluecardInterface> of(Direction direction) {
        return Arrays.stream(values()).filter(i -> i.direction == direction).toList();
    }

    /** The interface of a section number such as "4.28". */
    public static Optional<BluecardInterface> bySection(String section) {
        return Arrays.stream(values()).filter(i -> i.section.equals(section)).findFirst();
    }

    /** The push a general-mode {@code method} value names (exact, case-sensitive). */
    public static Optional<BluecardInterface> byGeneralMethod(String method) {
        return Arrays.stream(values())
                .filter(i -> i.direction == BLUECARD_TO_US && method != null && method.equals(i.generalMethod))
                .findFirst();
    }
}
