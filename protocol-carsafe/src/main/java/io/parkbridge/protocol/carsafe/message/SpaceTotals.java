package io.parkbridge.protocol.carsafe.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/** 6.3 剩余车位查询 response: total and remaining spaces (strings or numbers on the wire). */
public record SpaceTotals(@JsonProperty("total") long total, @JsonProperty("remain") long remain,
        @JsonProperty("tempNumber") Long tempNumber, @JsonProperty("useLotNow") Long useLotNow,
        @JsonProperty("reserve") Long reserve, @JsonProperty("remainReserv") Long remainReserv) {
}
