package io.parkbridge.protocol.carsafe.message.generated;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeCatalogue;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeInterface;
import jakarta.validation.constraints.NotNull;

/**
 * Request and response records for every chapter 12 interface, generated from the catalogue by
 * src/build/generate_catalogue.py (do not edit). Wire names are kept exactly ({@code @JsonProperty});
 * Java names are cleaned. Use with {@code client.call(X.INTERFACE, new X.Request(...))} and
 * {@code client.call(X.INTERFACE.number(), request, X.Response.class)}.
 */
public final class Chapter12Messages {
    private Chapter12Messages() {
    }

    /** 12.1 通道卡信息列表查询 (Channel-gate card list): {@code api.aspx/gate.cards.get}, WE_CALL. */
    public static final class GateCardsGet_12_1 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("12.1");

        private GateCardsGet_12_1() {
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
}
