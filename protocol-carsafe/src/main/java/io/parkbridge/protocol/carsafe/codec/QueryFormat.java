package io.parkbridge.protocol.carsafe.codec;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * 5.4.2 paging request: 0-based start row (or file chunk index) and page size, both strings on
 * the wire.
 */
public record QueryFormat(@JsonProperty("rowindex") String rowIndex, @JsonProperty("pagesize") String pageSize) {
    /** Page {@code rowIndex} (first row, 0-based) of {@code pageSize} rows. */
    public static QueryFormat of(long rowIndex, int pageSize) {
        if (rowIndex < 0) {
            throw new IllegalArgumentException("rowindex: expected 0 or more, got " + rowIndex);
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("pagesize: expected 1 or more, got " + pageSize);
        }
        return new QueryFormat(Long.toString(rowIndex), Integer.toString(pageSize));
    }

    /** The wire JSON, e.g. {@code {"rowindex":"0","pagesize":"100"}}. */
    public String toJson() {
        return "{\"rowindex\":" + CarsafeJson.quote(rowIndex) + ",\"pagesize\":" + CarsafeJson.quote(pageSize) + "}";
    }
}
