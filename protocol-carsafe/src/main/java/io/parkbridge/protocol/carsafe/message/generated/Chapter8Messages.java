package io.parkbridge.protocol.carsafe.message.generated;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeCatalogue;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeInterface;
import jakarta.validation.constraints.NotNull;

/**
 * Request and response records for every chapter 8 interface, generated from the catalogue by
 * src/build/generate_catalogue.py (do not edit). Wire names are kept exactly ({@code @JsonProperty});
 * Java names are cleaned. Use with {@code client.call(X.INTERFACE, new X.Request(...))} and
 * {@code client.call(X.INTERFACE.number(), request, X.Response.class)}.
 */
public final class Chapter8Messages {
    private Chapter8Messages() {
    }

    /** 8.1 获取所有寻车点 (List all car-finding points): {@code api.aspx/pls.guide.points}, WE_CALL. */
    public static final class PlsGuidePoints_8_1 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("8.1");

        private PlsGuidePoints_8_1() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request() {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("no") JsonNode no,
                @JsonProperty("name") JsonNode name,
                @JsonProperty("mapno") JsonNode mapno) {
        }
    }

    /** 8.2 获取单个地图 (Get one map): {@code api.aspx/pls.map.info}, WE_CALL. */
    public static final class PlsMapInfo_8_2 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("8.2");

        private PlsMapInfo_8_2() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("no") @NotNull String no) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("no") JsonNode no,
                @JsonProperty("name") JsonNode name,
                @JsonProperty("data") JsonNode data) {
        }
    }

    /** 8.3 获取地图列表 (List maps): {@code api.aspx/pls.map.list}, WE_CALL. */
    public static final class PlsMapList_8_3 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("8.3");

        private PlsMapList_8_3() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request() {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("no") JsonNode no,
                @JsonProperty("name") JsonNode name,
                @JsonProperty("data") JsonNode data) {
        }
    }

    /** 8.4 获取车位路线 (Get route to vehicle): {@code api.aspx/pls_guide.path}, WE_CALL. */
    public static final class PlsGuidePath_8_4 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("8.4");

        private PlsGuidePath_8_4() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("source") @NotNull String source,
                @JsonProperty("target") @NotNull String target) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("path") JsonNode path,
                @JsonProperty("carimage") JsonNode carimage,
                @JsonProperty("indate") JsonNode indate,
                @JsonProperty("mapno") JsonNode mapno) {
        }
    }

    /** 8.5 根据车牌号获取车辆停车位置 (Vehicle position by plate): {@code api.aspx/pls.car.pos.getByLP}, WE_CALL. */
    public static final class PlsCarPosGetByLp_8_5 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("8.5");

        private PlsCarPosGetByLp_8_5() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("licensePlate") @NotNull String licensePlate,
                @JsonProperty("allowReturnInDate") String allowReturnInDate) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("LicensePlate") JsonNode licensePlate,
                @JsonProperty("ParkLotName") JsonNode parkLotName,
                @JsonProperty("FloorName") JsonNode floorName,
                @JsonProperty("ImgUrl") JsonNode imgUrl,
                @JsonProperty("InDate") JsonNode inDate,
                @JsonProperty("ParkingTime") JsonNode parkingTime) {
        }
    }

    /** 8.6 根据车位号获取车辆停车位置 (Vehicle position by space no.): {@code api.aspx/pls.car.pos.getByNo}, WE_CALL. */
    public static final class PlsCarPosGetByNo_8_6 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("8.6");

        private PlsCarPosGetByNo_8_6() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("parkLotName") @NotNull String parkLotName) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("LicensePlate") JsonNode licensePlate,
                @JsonProperty("ParkLotName") JsonNode parkLotName,
                @JsonProperty("FloorName") JsonNode floorName,
                @JsonProperty("ImgUrl") JsonNode imgUrl) {
        }
    }

    /** 8.7 获取所有导航地图（不包含图片） (List navigation maps (no images)): {@code api.aspx/pls.navMap.list.excludeImg}, WE_CALL. */
    public static final class PlsNavMapListExcludeImg_8_7 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("8.7");

        private PlsNavMapListExcludeImg_8_7() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request() {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("no") JsonNode no,
                @JsonProperty("name") JsonNode name,
                @JsonProperty("mapno") JsonNode mapno) {
        }
    }

    /** 8.8 获取所有导航地图 (List navigation maps (with images)): {@code api.aspx/pls.navMap.list}, WE_CALL. */
    public static final class PlsNavMapList_8_8 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("8.8");

        private PlsNavMapList_8_8() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request() {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("no") JsonNode no,
                @JsonProperty("name") JsonNode name,
                @JsonProperty("mapno") JsonNode mapno,
                @JsonProperty("data") JsonNode data) {
        }
    }

    /** 8.9 获取指定导航地图 (Get one navigation map): {@code api.aspx/pls.navMap.info}, WE_CALL. */
    public static final class PlsNavMapInfo_8_9 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("8.9");

        private PlsNavMapInfo_8_9() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("no") @NotNull String no) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("no") JsonNode no,
                @JsonProperty("name") JsonNode name,
                @JsonProperty("mapno") JsonNode mapno,
                @JsonProperty("data") JsonNode data) {
        }
    }

    /** 8.10 获取车位信息 (Get parking space info): {@code api.aspx/pls.parkLots.get}, WE_CALL. */
    public static final class PlsParkLotsGet_8_10 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("8.10");

        private PlsParkLotsGet_8_10() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("no") String no,
                @JsonProperty("name") String name) {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("no") JsonNode no,
                @JsonProperty("name") JsonNode name,
                @JsonProperty("mapno") JsonNode mapno,
                @JsonProperty("status") JsonNode status) {
        }
    }

    /** 8.11 获取指定车位的路线 (Route to a given space): {@code api.aspx/pls.guide.path.getByParkLot}, WE_CALL. */
    public static final class PlsGuidePathGetByParkLot_8_11 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("8.11");

        private PlsGuidePathGetByParkLot_8_11() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("source") @NotNull String source,
                @JsonProperty("target") @NotNull String target) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("path") JsonNode path,
                @JsonProperty("carimage") JsonNode carimage,
                @JsonProperty("indate") JsonNode indate,
                @JsonProperty("mapno") JsonNode mapno) {
        }
    }

    /** 8.12 更新车位状态 (Update space status): {@code api.aspx/pls.parklot.status.update}, WE_CALL. */
    public static final class PlsParklotStatusUpdate_8_12 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("8.12");

        private PlsParklotStatusUpdate_8_12() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("parkLotNo") String parkLotNo,
                @JsonProperty("parkLotName") String parkLotName,
                @JsonProperty("status") @NotNull String status,
                @JsonProperty("licensePlate") String licensePlate,
                @JsonProperty("updateDate") @NotNull String updateDate,
                @JsonProperty("from") String from) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 8.13 重置车位状态为空车位 (Reset space to empty): {@code api.aspx/pls.parklot.status.reset}, WE_CALL. */
    public static final class PlsParklotStatusReset_8_13 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("8.13");

        private PlsParklotStatusReset_8_13() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("licensePlate") String licensePlate,
                @JsonProperty("updateDate") @NotNull String updateDate) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 8.14 剩余车位查询 (Remaining spaces (space guidance)): {@code api.aspx/pls.lot.status.total}, WE_CALL. */
    public static final class PlsLotStatusTotal_8_14 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("8.14");

        private PlsLotStatusTotal_8_14() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("parkLotType") String parkLotType) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("total") JsonNode total,
                @JsonProperty("remain") JsonNode remain,
                @JsonProperty("standardTotal") JsonNode standardTotal,
                @JsonProperty("standardRemain") JsonNode standardRemain,
                @JsonProperty("miniTotal") JsonNode miniTotal,
                @JsonProperty("miniRemain") JsonNode miniRemain,
                @JsonProperty("sideTotal") JsonNode sideTotal,
                @JsonProperty("sideRemain") JsonNode sideRemain,
                @JsonProperty("barrierFreeTotal") JsonNode barrierFreeTotal,
                @JsonProperty("barrierFreeRemain") JsonNode barrierFreeRemain,
                @JsonProperty("truckTotal") JsonNode truckTotal,
                @JsonProperty("truckRemain") JsonNode truckRemain,
                @JsonProperty("chargingTotal") JsonNode chargingTotal,
                @JsonProperty("chargingRemain") JsonNode chargingRemain,
                @JsonProperty("womanTotal") JsonNode womanTotal,
                @JsonProperty("womanRemain") JsonNode womanRemain) {
        }
    }

    /** 8.15 各区域剩余车位查询 (Remaining spaces per area (space guidance)): {@code api.aspx/pls.lot.status.total.of.area}, WE_CALL. */
    public static final class PlsLotStatusTotalOfArea_8_15 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("8.15");

        private PlsLotStatusTotalOfArea_8_15() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("parkLotType") String parkLotType) {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("areaID") JsonNode areaID,
                @JsonProperty("areaName") JsonNode areaName,
                @JsonProperty("total") JsonNode total,
                @JsonProperty("remain") JsonNode remain) {
        }
    }

    /** 8.16 获取场内车停车图片 (Get parked-car image): {@code api.aspx/pls.parking.img.get}, WE_CALL. */
    public static final class PlsParkingImgGet_8_16 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("8.16");

        private PlsParkingImgGet_8_16() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("licensePlate") String licensePlate,
                @JsonProperty("parkLotName") String parkLotName) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("licensePlate") JsonNode licensePlate,
                @JsonProperty("parkLotName") JsonNode parkLotName,
                @JsonProperty("img") JsonNode img) {
        }
    }

    /** 8.17 获取车辆最近停车位置 (Vehicle latest position): {@code api.aspx/pls.car.last.pos.get}, WE_CALL. */
    public static final class PlsCarLastPosGet_8_17 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("8.17");

        private PlsCarLastPosGet_8_17() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("licensePlate") String licensePlate,
                @JsonProperty("parkLotName") String parkLotName,
                @JsonProperty("lastTime") String lastTime) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("LicensePlate") JsonNode licensePlate,
                @JsonProperty("ParkLotName") JsonNode parkLotName,
                @JsonProperty("FloorName") JsonNode floorName,
                @JsonProperty("ImgUrl") JsonNode imgUrl,
                @JsonProperty("ImgPath") JsonNode imgPath,
                @JsonProperty("InDate") JsonNode inDate,
                @JsonProperty("OutDate") JsonNode outDate) {
        }
    }

    /** 8.18 获取车辆第一次停车位置 (Vehicle first position): {@code api.aspx/pls.car.first.pos.get}, WE_CALL. */
    public static final class PlsCarFirstPosGet_8_18 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("8.18");

        private PlsCarFirstPosGet_8_18() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("licensePlate") String licensePlate,
                @JsonProperty("parkLotName") String parkLotName,
                @JsonProperty("startTime") String startTime) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("LicensePlate") JsonNode licensePlate,
                @JsonProperty("ParkLotName") JsonNode parkLotName,
                @JsonProperty("FloorName") JsonNode floorName,
                @JsonProperty("ImgUrl") JsonNode imgUrl,
                @JsonProperty("ImgPath") JsonNode imgPath,
                @JsonProperty("InDate") JsonNode inDate,
                @JsonProperty("OutDate") JsonNode outDate) {
        }
    }

    /** 8.19 获取手动抓取图片 (Get manually captured image): {@code api.aspx/pls.manual.img.get}, WE_CALL. */
    public static final class PlsManualImgGet_8_19 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("8.19");

        private PlsManualImgGet_8_19() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("parkLotNo") @NotNull String parkLotNo) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("LicensePlate") JsonNode licensePlate,
                @JsonProperty("ParkLotNo") JsonNode parkLotNo,
                @JsonProperty("ParkLotName") JsonNode parkLotName,
                @JsonProperty("FloorName") JsonNode floorName,
                @JsonProperty("ImgPath") JsonNode imgPath,
                @JsonProperty("InDate") JsonNode inDate,
                @JsonProperty("OutDate") JsonNode outDate) {
        }
    }

    /** 8.20 获取车位分组 (Get space groups): {@code api.aspx/pls.parklotgroup.get}, WE_CALL. */
    public static final class PlsParklotgroupGet_8_20 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("8.20");

        private PlsParklotgroupGet_8_20() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("areaNo") String areaNo,
                @JsonProperty("groupNo") String groupNo,
                @JsonProperty("groupName") String groupName) {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("areaNo") JsonNode areaNo,
                @JsonProperty("areaName") JsonNode areaName,
                @JsonProperty("groupNo") JsonNode groupNo,
                @JsonProperty("groupName") JsonNode groupName,
                @JsonProperty("mapNo") JsonNode mapNo,
                @JsonProperty("mapName") JsonNode mapName,
                @JsonProperty("x") JsonNode x,
                @JsonProperty("y") JsonNode y) {
        }
    }

    /** 8.21 根据车位组获取车位路线 (Route by space group): {@code api.aspx/pls_guide_group_path}, WE_CALL. */
    public static final class PlsGuideGroupPath_8_21 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("8.21");

        private PlsGuideGroupPath_8_21() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("source") @NotNull String source,
                @JsonProperty("target") @NotNull String target) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("path") JsonNode path,
                @JsonProperty("carimage") JsonNode carimage,
                @JsonProperty("indate") JsonNode indate,
                @JsonProperty("mapno") JsonNode mapno) {
        }
    }

    /** 8.22 获取车位引导屏 (List guidance LED screens): {@code api.aspx/pls.led.get}, WE_CALL. */
    public static final class PlsLedGet_8_22 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("8.22");

        private PlsLedGet_8_22() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request() {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("mapNo") JsonNode mapNo,
                @JsonProperty("ledName") JsonNode ledName,
                @JsonProperty("ledNo") JsonNode ledNo,
                @JsonProperty("ledX") JsonNode ledX,
                @JsonProperty("ledY") JsonNode ledY) {
        }
    }

    /** 8.23 车位引导屏显示信息 (Show text on guidance screen): {@code api.aspx/pls.led.display}, WE_CALL. */
    public static final class PlsLedDisplay_8_23 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("8.23");

        private PlsLedDisplay_8_23() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("arrowDirection") @NotNull String arrowDirection,
                @JsonProperty("arrowToLeft") String arrowToLeft,
                @JsonProperty("ledNo") String ledNo,
                @JsonProperty("ledName") String ledName,
                @JsonProperty("leftShow") String leftShow,
                @JsonProperty("rightShow") String rightShow) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 8.24 故障设备查询 (Faulty device count): {@code api.aspx/pls.device.fault.total}, WE_CALL. */
    public static final class PlsDeviceFaultTotal_8_24 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("8.24");

        private PlsDeviceFaultTotal_8_24() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("returnArea") String returnArea) {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("areaID") JsonNode areaID,
                @JsonProperty("areaName") JsonNode areaName,
                @JsonProperty("total") JsonNode total,
                @JsonProperty("fault") JsonNode fault) {
        }
    }

    /** 8.25 视频车位检测器查询 (Video space detectors): {@code api.aspx/pls.videoDevice.list}, WE_CALL. */
    public static final class PlsVideoDeviceList_8_25 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("8.25");

        private PlsVideoDeviceList_8_25() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request() {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("devNo") JsonNode devNo,
                @JsonProperty("devName") JsonNode devName,
                @JsonProperty("ip") JsonNode ip,
                @JsonProperty("areaID") JsonNode areaID,
                @JsonProperty("areaName") JsonNode areaName,
                @JsonProperty("groupNo") JsonNode groupNo,
                @JsonProperty("groupName") JsonNode groupName,
                @JsonProperty("isGroupDev") JsonNode isGroupDev,
                @JsonProperty("fromGroup") JsonNode fromGroup,
                @JsonProperty("toGroup") JsonNode toGroup,
                @JsonProperty("enablePlaneParkingGuidance") JsonNode enablePlaneParkingGuidance,
                @JsonProperty("devStatus") JsonNode devStatus,
                @JsonProperty("parklot1") JsonNode parklot1,
                @JsonProperty("parklot6") JsonNode parklot6) {
        }
    }

    /** 8.26 转换器列表查询 (Converter (switch) list): {@code api.aspx/pls.switchDevice.list}, WE_CALL. */
    public static final class PlsSwitchDeviceList_8_26 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("8.26");

        private PlsSwitchDeviceList_8_26() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request() {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("switchNo") JsonNode switchNo,
                @JsonProperty("address") JsonNode address) {
        }
    }

    /** 8.27 控制器列表查询 (Controller list): {@code api.aspx/pls.controller.list}, WE_CALL. */
    public static final class PlsControllerList_8_27 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("8.27");

        private PlsControllerList_8_27() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request() {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("controllerNo") JsonNode controllerNo,
                @JsonProperty("address") JsonNode address,
                @JsonProperty("switchNo") JsonNode switchNo,
                @JsonProperty("floorID") JsonNode floorID,
                @JsonProperty("floorName") JsonNode floorName,
                @JsonProperty("mapNo") JsonNode mapNo,
                @JsonProperty("mapName") JsonNode mapName) {
        }
    }

    /** 8.28 超声波车位检测器查询 (Ultrasonic space detectors): {@code api.aspx/pls.ultrasonicDevice.list}, WE_CALL. */
    public static final class PlsUltrasonicDeviceList_8_28 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("8.28");

        private PlsUltrasonicDeviceList_8_28() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request() {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("ultrasonicAddress") JsonNode ultrasonicAddress,
                @JsonProperty("controllerAddress") JsonNode controllerAddress,
                @JsonProperty("switchAddress") JsonNode switchAddress,
                @JsonProperty("areaID") JsonNode areaID,
                @JsonProperty("areaName") JsonNode areaName,
                @JsonProperty("groupNo") JsonNode groupNo,
                @JsonProperty("groupName") JsonNode groupName,
                @JsonProperty("devStatus") JsonNode devStatus,
                @JsonProperty("parkLotName") JsonNode parkLotName) {
        }
    }
}
