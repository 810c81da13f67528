package io.parkbridge.protocol.carsafe.message.generated;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeCatalogue;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeInterface;
import jakarta.validation.constraints.NotNull;

/**
 * Request and response records for every chapter 7 interface, generated from the catalogue by
 * src/build/generate_catalogue.py (do not edit). Wire names are kept exactly ({@code @JsonProperty});
 * Java names are cleaned. Use with {@code client.call(X.INTERFACE, new X.Request(...))} and
 * {@code client.call(X.INTERFACE.number(), request, X.Response.class)}.
 */
public final class Chapter7Messages {
    private Chapter7Messages() {
    }

    /** 7.1 门参数列表 (Door parameter list): {@code api.aspx/acss.doorSet.list}, WE_CALL. */
    public static final class AcssDoorSetList_7_1 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("7.1");

        private AcssDoorSetList_7_1() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("controllerno") String controllerno,
                @JsonProperty("doorno") String doorno,
                @JsonProperty("doorname") String doorname,
                @JsonProperty("roomid") String roomid,
                @JsonProperty("enableIBMS") String enableIBMS) {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("controllerno") JsonNode controllerno,
                @JsonProperty("doorno") JsonNode doorno,
                @JsonProperty("doorname") JsonNode doorname,
                @JsonProperty("roomid") JsonNode roomid,
                @JsonProperty("bdid") JsonNode bdid,
                @JsonProperty("enableIBMS") JsonNode enableIBMS) {
        }
    }

    /** 7.2 通行权限查询 (Access grant (permission group) query): {@code api.aspx/acss.grants.get}, WE_CALL. */
    public static final class AcssGrantsGet_7_2 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("7.2");

        private AcssGrantsGet_7_2() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request() {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("GrantID") JsonNode grantID,
                @JsonProperty("GrantName") JsonNode grantName,
                @JsonProperty("TimeGroupID") JsonNode timeGroupID,
                @JsonProperty("TimeGroupName") JsonNode timeGroupName,
                @JsonProperty("WeekNo") JsonNode weekNo,
                @JsonProperty("Start1") JsonNode start1,
                @JsonProperty("Start7") JsonNode start7,
                @JsonProperty("End1") JsonNode end1,
                @JsonProperty("End7") JsonNode end7) {
        }
    }

    /** 7.3 门禁卡信息列表查询 (Access card list query): {@code api.aspx/acss.cards.get}, WE_CALL. */
    public static final class AcssCardsGet_7_3 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("7.3");

        private AcssCardsGet_7_3() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("CardNo") String cardNo,
                @JsonProperty("CardID") String cardID,
                @JsonProperty("NumNo") String numNo,
                @JsonProperty("UserNo") String userNo,
                @JsonProperty("UserName") String userName,
                @JsonProperty("FuncType") String funcType,
                @JsonProperty("CardMaterial") String cardMaterial,
                @JsonProperty("Status") String status,
                @JsonProperty("GrantID") String grantID,
                @JsonProperty("IssueDateStart") String issueDateStart,
                @JsonProperty("IssueDateEnd") String issueDateEnd,
                @JsonProperty("StartDateStart") String startDateStart,
                @JsonProperty("StartDateEnd") String startDateEnd,
                @JsonProperty("ExpiryDateStart") String expiryDateStart,
                @JsonProperty("ExpiryDateEnd") String expiryDateEnd,
                @JsonProperty("Mobile") String mobile,
                @JsonProperty("IncludeQrcode") String includeQrcode) {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("CardNo") JsonNode cardNo,
                @JsonProperty("CardID") JsonNode cardID,
                @JsonProperty("NumNo") JsonNode numNo,
                @JsonProperty("UserNo") JsonNode userNo,
                @JsonProperty("UserName") JsonNode userName,
                @JsonProperty("RoomID") JsonNode roomID,
                @JsonProperty("FuncType") JsonNode funcType,
                @JsonProperty("CardMaterial") JsonNode cardMaterial,
                @JsonProperty("Status") JsonNode status,
                @JsonProperty("GrantID") JsonNode grantID,
                @JsonProperty("AllGrant") JsonNode allGrant,
                @JsonProperty("IssueDate") JsonNode issueDate,
                @JsonProperty("StartDate") JsonNode startDate,
                @JsonProperty("ExpiryDate") JsonNode expiryDate,
                @JsonProperty("Mobile") JsonNode mobile,
                @JsonProperty("Qrcode") JsonNode qrcode,
                @JsonProperty("QrcodeValidTime") JsonNode qrcodeValidTime,
                @JsonProperty("QrcodeExpiryDate") JsonNode qrcodeExpiryDate) {
        }
    }

    /** 7.4 门禁用户权限查询 (Access user grants query): {@code api.aspx/acss.user.grants}, WE_CALL. */
    public static final class AcssUserGrants_7_4 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("7.4");

        private AcssUserGrants_7_4() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("CredentialType") @NotNull String credentialType,
                @JsonProperty("Credential") @NotNull String credential) {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("CardNo") JsonNode cardNo,
                @JsonProperty("CardID") JsonNode cardID,
                @JsonProperty("NumNo") JsonNode numNo,
                @JsonProperty("UserName") JsonNode userName,
                @JsonProperty("StartDate") JsonNode startDate,
                @JsonProperty("ExpiryDate") JsonNode expiryDate,
                @JsonProperty("RoomID") JsonNode roomID,
                @JsonProperty("RoomName") JsonNode roomName,
                @JsonProperty("ControllerNo") JsonNode controllerNo,
                @JsonProperty("DoorNo") JsonNode doorNo,
                @JsonProperty("Addr") JsonNode addr,
                @JsonProperty("Channel") JsonNode channel,
                @JsonProperty("GrantID") JsonNode grantID,
                @JsonProperty("AllGrant") JsonNode allGrant) {
        }
    }

    /** 7.5 门禁用户权限修改 (Access user grant update): {@code api.aspx/acss.user.grant.update}, WE_CALL. */
    public static final class AcssUserGrantUpdate_7_5 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("7.5");

        private AcssUserGrantUpdate_7_5() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("CredentialType") @NotNull String credentialType,
                @JsonProperty("Credential") @NotNull String credential,
                @JsonProperty("GrantID") String grantID,
                @JsonProperty("AllGrant") String allGrant) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 7.6 门禁开门 (Open door (remote)): {@code api.aspx/acss.door.open}, WE_CALL. */
    public static final class AcssDoorOpen_7_6 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("7.6");

        private AcssDoorOpen_7_6() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("userid") @NotNull String userid,
                @JsonProperty("controllerno") @NotNull String controllerno,
                @JsonProperty("doorno") @NotNull String doorno) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("flag") JsonNode flag,
                @JsonProperty("memo") JsonNode memo) {
        }
    }

    /** 7.7 门禁进出记录查询 (Access in/out record query): {@code api.aspx/acss.iorecords.get}, WE_CALL. */
    public static final class AcssIorecordsGet_7_7 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("7.7");

        private AcssIorecordsGet_7_7() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("CardNo") String cardNo,
                @JsonProperty("CardID") String cardID,
                @JsonProperty("NumNo") String numNo,
                @JsonProperty("ControllerNo") String controllerNo,
                @JsonProperty("DoorNo") String doorNo,
                @JsonProperty("IOType") String iOType,
                @JsonProperty("IOTypeName") String iOTypeName,
                @JsonProperty("IOTimeStart") String iOTimeStart,
                @JsonProperty("IOTimeEnd") String iOTimeEnd) {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("CardNo") JsonNode cardNo,
                @JsonProperty("CardID") JsonNode cardID,
                @JsonProperty("NumNo") JsonNode numNo,
                @JsonProperty("ControllerNo") JsonNode controllerNo,
                @JsonProperty("DoorNo") JsonNode doorNo,
                @JsonProperty("RoomName") JsonNode roomName,
                @JsonProperty("IOType") JsonNode iOType,
                @JsonProperty("IOTypeName") JsonNode iOTypeName,
                @JsonProperty("IOTime") JsonNode iOTime) {
        }
    }

    /** 7.8 门禁报警流水 (Access alarm journal): {@code api.aspx/acss.io.alarms}, WE_CALL. */
    public static final class AcssIoAlarms_7_8 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("7.8");

        private AcssIoAlarms_7_8() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("starttime") @NotNull String starttime,
                @JsonProperty("endtime") String endtime) {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("controllerno") JsonNode controllerno,
                @JsonProperty("doorno") JsonNode doorno,
                @JsonProperty("iodatettime") JsonNode ioDateTime,
                @JsonProperty("description") JsonNode description,
                @JsonProperty("roomname") JsonNode roomname,
                @JsonProperty("controllername") JsonNode controllername) {
        }
    }

    /** 7.9 门禁门状态统计 (Door state statistics): {@code api.aspx/acss.door.state.total}, WE_CALL. */
    public static final class AcssDoorStateTotal_7_9 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("7.9");

        private AcssDoorStateTotal_7_9() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request() {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("total") JsonNode total,
                @JsonProperty("alarmcount") JsonNode alarmcount) {
        }
    }

    /** 7.10 门禁门状态列表 (Door state list): {@code api.aspx/acss.door.state.list}, WE_CALL. */
    public static final class AcssDoorStateList_7_10 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("7.10");

        private AcssDoorStateList_7_10() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request() {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("controllerno") JsonNode controllerno,
                @JsonProperty("doorno") JsonNode doorno,
                @JsonProperty("roomname") JsonNode roomname,
                @JsonProperty("controllername") JsonNode controllername,
                @JsonProperty("connected") JsonNode connected,
                @JsonProperty("connectedname") JsonNode connectedname,
                @JsonProperty("broken") JsonNode broken,
                @JsonProperty("brokenname") JsonNode brokenname,
                @JsonProperty("openedtimeout") JsonNode openedtimeout,
                @JsonProperty("openedtimeoutname") JsonNode openedtimeoutname,
                @JsonProperty("opened") JsonNode opened,
                @JsonProperty("openedname") JsonNode openedname,
                @JsonProperty("addr") JsonNode addr) {
        }
    }

    /** 7.11 获取蓝牙与门关系 (Bluetooth-to-door mapping): {@code api.aspx/acss.doorBluetooth.list}, WE_CALL. */
    public static final class AcssDoorBluetoothList_7_11 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("7.11");

        private AcssDoorBluetoothList_7_11() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request() {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("DoorName") JsonNode doorName,
                @JsonProperty("BDID") JsonNode bDID) {
        }
    }

    /** 7.12 门常开设置 (Door normally-open setting): {@code api.aspx/acss.door.normalopen}, WE_CALL. */
    public static final class AcssDoorNormalopen_7_12 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("7.12");

        private AcssDoorNormalopen_7_12() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("controllerno") @NotNull String controllerno,
                @JsonProperty("doorno") @NotNull String doorno,
                @JsonProperty("controltype") @NotNull String controltype) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("flag") JsonNode flag,
                @JsonProperty("memo") JsonNode memo) {
        }
    }

    /** 7.13 IBMS 模式设置 (IBMS mode setting): {@code api.aspx/acss.door.ibms.enable}, WE_CALL. */
    public static final class AcssDoorIbmsEnable_7_13 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("7.13");

        private AcssDoorIbmsEnable_7_13() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("controllerno") @NotNull String controllerno,
                @JsonProperty("doorno") @NotNull String doorno,
                @JsonProperty("enable") @NotNull String enable) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 7.14 IBMS 启停点 (IBMS start/stop point (open/close door)): {@code api.aspx/acss.door.ibms.control}, WE_CALL. */
    public static final class AcssDoorIbmsControl_7_14 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("7.14");

        private AcssDoorIbmsControl_7_14() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("controllerno") @NotNull String controllerno,
                @JsonProperty("doorno") @NotNull String doorno,
                @JsonProperty("controltype") @NotNull String controltype) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("ctrlResult") JsonNode ctrlResult,
                @JsonProperty("ctrlTime") JsonNode ctrlTime) {
        }
    }
}
