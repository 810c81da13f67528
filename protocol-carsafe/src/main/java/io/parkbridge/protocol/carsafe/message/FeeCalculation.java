package io.parkbridge.protocol.carsafe.message;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.parkbridge.core.money.Money;

/**
 * 6.1 停车查询 response; also what 6.30, 6.31, 6.40, 6.41, 6.43 and 6.44 return (the order
 * recalculated). Amounts are yuan on the wire, read exactly. The example's {@code carNo} and
 * {@code calendtime} spellings are accepted as aliases.
 */
public record FeeCalculation(@JsonProperty("numno") String numNo,
        @JsonProperty("carno") @JsonAlias("carNo") String carNo, @JsonProperty("cardNo") String cardNo,
        @JsonProperty("cardId") String cardId, @JsonProperty("entertime") String enterTime,
        @JsonProperty("parkposi") String parkPosition, @JsonProperty("parktime") String parkMinutes,
        @JsonProperty("parkcost") Money parkCost, @JsonProperty("amount") Money amount,
        @JsonProperty("shoppingDiscount") String shoppingDiscount,
        @JsonProperty("calcstarttime") String calcStartTime,
        @JsonProperty("calcendtime") @JsonAlias("calendtime") String calcEndTime,
        @JsonProperty("priceRule") String priceRule, @JsonProperty("feeDetail") String feeDetail,
        @JsonProperty("orderNo") String orderNo, @JsonProperty("cardInId") String cardInId,
        @JsonProperty("chargeSeqNo") String chargeSeqNo, @JsonProperty("billDiscounts") JsonNode billDiscounts,
        @JsonProperty("credentialtype") String credentialType,
        @JsonProperty("chargeAreaNumber") String chargeAreaNumber) {
}
