package io.parkbridge.protocol.carsafe.message;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The {@code {flag, memo}} reply of 6.2, 6.6, 6.8, 7.6, 7.12 (flag "1" success, "0" failure),
 * with 6.2's extras.
 */
public record FlagResult(@JsonProperty("flag") String flag, @JsonProperty("memo") String memo,
        @JsonProperty("FreeLeaveMinutes") @JsonAlias("freeLeaveMinutes") String freeLeaveMinutes,
        @JsonProperty("credential") String credential, @JsonProperty("orderNo") String orderNo,
        @JsonProperty("months") String months, @JsonProperty("days") String days,
        @JsonProperty("receivable") io.parkbridge.core.money.Money receivable) {

    /** True when {@code flag} is 1. */
    public boolean ok() {
        return "1".equals(flag == null ? null : flag.strip());
    }
}
