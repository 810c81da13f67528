package io.parkbridge.protocol.bluecard.message;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The envelope of every reply (document §1.5): {@code status} ({@code success}/{@code fail}, and
 * {@code self} for 4.28), {@code errorCode} (since v2.0.1 a free-text reason, required on
 * failure), {@code datas} (the payload, absent on failure). 4.24 adds a top-level
 * {@code payTypeId}; 4.27 and 4.28 carry no {@code datas}. Null parts are left off the wire.
 *
 * @param <T> the payload type
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Reply<T>(
        @JsonProperty("status") String status,
        @JsonProperty("errorCode") String errorCode,
        @JsonProperty("datas") T datas,
        @JsonProperty("payTypeId") String payTypeId) {

    /** {@code {"status":"success","datas":...}}. */
    public static <T> Reply<T> success(T datas) {
        return new Reply<>(Status.SUCCESS.wire(), null, datas, null);
    }

    /** {@code {"status":"fail","errorCode":reason}}. */
    public static <T> Reply<T> fail(String reason) {
        return new Reply<>(Status.FAIL.wire(), reason == null || reason.isEmpty() ? "fail" : reason, null, null);
    }

    /** The status as a known value (case-insensitive: some tables print {@code Success}). */
    @JsonIgnore
    public Status statusKind() {
        return Status.fromWire(status);
    }

    /** True when {@code status} is {@code success}. */
    @JsonIgnore
    public boolean isSuccess() {
        return statusKind() == Status.SUCCESS;
    }
}
