package io.parkbridge.protocol.bluecard.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parkbridge.protocol.bluecard.Bluecard;
import io.parkbridge.protocol.support.error.MalformedMessageException;
import io.parkbridge.protocol.support.json.JsonMappers;
import io.parkbridge.protocol.support.validation.MessageValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private final ObjectMapper json = JsonMappers.strict();

    static final String ENTRY = """
            {"parkNumber":"p180329111018","size":1,"datas":[{"plate":"京A12345","ticketCode":"","plateColor":"蓝色",
            "inTime":"2018-07-11 16:32:56","inChannel":"东门入口","inImage":"2018041245.jpg","orderId":"126",
            "visitReason":"","openGateMode":"自动放行","matchMode":"全字匹配","idCard":"","confidence":"98",
            "carType":"临时车","userInfo":{"idCard":"","userName":"","phone":"","address":""},
            "placeInfo":[{"areaName":"地上停车场","placeNumber":"A1","memo":"currentArea"}],"someNewField":1}]}
            """;

    @Test
    void entryExampleParsesWithIntAsStringUnknownFieldsAndUnlistedEnumValues() throws Exception {
        EntryRecords.Request r = MessageValidator.requireValid(Bluecard.VENDOR, json.readValue(ENTRY, EntryRecords.Request.class));
        EntryRecords.EntryRecord e = r.datas().get(0);
        assertThat(e.confidence()).isEqualTo(98);
        assertThat(e.openGateMode()).isEqualTo("自动放行"); // not in the documented list, kept raw
        assertThat(e.plateColor()).isEqualTo("蓝色");
        assertThat(e.placeInfo()).extracting(EntryRecords.PlaceInfo::memo).containsExactly("currentArea");
    }

    @Test
    void heartbeatAreaIdMayArriveAsString() throws Exception {
        Heartbeat.Request h = json.readValue("""
                {"parkNumber":"p1","parkName":"蓝卡","spaceCount":400,"freeSpaceCount":"12","bookSpaceCount":0,
                "bookInParkCount":0,"areaList":[{"areaName":"地上","spaceCount":100,"lastSpaceCount":5,
                "bookSpaceCount":0,"bookInParkCount":0,"areaId":"14"}]}""", Heartbeat.Request.class);
        assertThat(h.freeSpaceCount()).isEqualTo(12);
        assertThat(h.areaList().get(0).areaId()).isEqualTo(14);
    }

    @Test
    void moreThanTenRecordsAreRejectedNamingDatas() {
        List<EntryRecords.EntryRecord> eleven = java.util.Collections.nCopies(11, new EntryRecords.EntryRecord("京A1",
                "", "", "2018-07-11 16:32:56", "", "", "1", "", "", "", "", 0, "", null, null));
        assertThatThrownBy(() -> MessageValidator.requireValid(Bluecard.VENDOR, new EntryRecords.Request("p1", 11, eleven)))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("datas");
    }

    @Test
    void malformedYuanInsideAnExitRecordNamesTheNestedField() throws Exception {
        ChargeRecords.Request r = json.readValue("""
                {"parkNumber":"p1","size":1,"datas":[{"plate":"京A1","inTime":"2019-01-09 10:00:00",
                "outTime":"2019-01-09 11:01:56","payKind":"微信","payChannel":"微信支付","memo":"","charge":"2.0 ",
                "realCharge":"2","couponCharge":"0"}]}""", ChargeRecords.Request.class);
        assertThatThrownBy(() -> MessageValidator.requireValid(Bluecard.VENDOR, r))
                .isInstanceOf(MalformedMessageException.class)
                .satisfies(e -> assertThat(((MalformedMessageException) e).field()).isEqualTo("datas[0].charge"));
    }

    @Test
    void snakeCaseNamesOf424AreWrittenAsTheDocumentSpellsThem() throws Exception {
        FacePay.DiscountContent d = new FacePay.DiscountContent("sadf16545", "0", "2019-02-28 01:01:01", "1", "15245",
                "京A00001", "20");
        assertThat(json.writeValueAsString(d)).isEqualTo("{\"coupon_code\":\"sadf16545\",\"coupon_mode_id\":\"0\","
                + "\"end\":\"2019-02-28 01:01:01\",\"id\":\"1\",\"order_id\":\"15245\",\"plate\":\"京A00001\",\"position\":\"20\"}");
    }

    @Test
    void replyStatusIsCaseInsensitiveAndNullsAreLeftOff() throws Exception {
        assertThat(json.writeValueAsString(Reply.success(new TimeStampData("1531292508030"))))
                .isEqualTo("{\"status\":\"success\",\"datas\":{\"timeStamp\":\"1531292508030\"}}");
        assertThat(json.writeValueAsString(Reply.fail("失败原因"))).isEqualTo("{\"status\":\"fail\",\"errorCode\":\"失败原因\"}");
        assertThat(Status.fromWire("Success")).isEqualTo(Status.SUCCESS);
        assertThat(Status.fromWire("maybe")).isEqualTo(Status.OTHER);
    }

    @Test
    void timeStampMayArriveAsANumber() throws Exception {
        assertThat(json.readValue("{\"timeStamp\":1531292508030}", TimeStampData.class).timeStamp())
                .isEqualTo("1531292508030");
    }

    @Test
    void identityCardNumbersAreMaskedInToString() {
        EntryRecords.UserInfo user = new EntryRecords.UserInfo("110101199003071234", "张三", "13800000000", "");
        EntryRecords.EntryRecord r = new EntryRecords.EntryRecord("京A12345", "", "蓝牌", "2019-01-09 11:01:56", "东门",
                "a.jpg", "126", "", "自动抬杆", "全字匹配", "110101199003075678", 100, "临时车", user, List.of());
        assertThat(r.toString()).doesNotContain("110101199003071234").doesNotContain("110101199003075678")
                .contains("**************1234").contains("**************5678").contains("京A12345").contains("126");
    }
}
