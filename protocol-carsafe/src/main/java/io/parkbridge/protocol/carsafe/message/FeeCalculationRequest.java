package io.parkbridge.protocol.carsafe.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * 6.1 停车查询 request ({@code api.aspx/calc}).
 *
 * @param credentialType 1 plate, 2 parking card number
 * @param credential the plate or card number
 * @param calcEndTime {@code yyyy-MM-dd HH:mm:ss}; {@value #NOW} = the car park's current time
 * @param wsNo workstation number, optional
 * @param payType PayType, optional (default 10, third party)
 * @param carType fee car type, optional (default -1)
 * @param operId operator, optional
 * @param ctrlAddr controller address, optional
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeeCalculationRequest(@JsonProperty("credentialtype") String credentialType,
        @JsonProperty("credential") String credential, @JsonProperty("calcendtime") String calcEndTime,
        @JsonProperty("wsNo") String wsNo, @JsonProperty("payType") String payType,
        @JsonProperty("carType") String carType, @JsonProperty("operId") String operId,
        @JsonProperty("ctrlAddr") String ctrlAddr) {

    /** The sentinel the document defines for "use the car-park database's current time". */
    public static final String NOW = "1970-01-01 00:00:00";

    public FeeCalculationRequest {
        Objects.requireNonNull(credentialType, "credentialtype");
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(calcEndTime, "calcendtime");
    }

    /** A quote for now (the car park's clock), for {@code credential}. */
    public static FeeCalculationRequest now(Credential credential) {
        return new FeeCalculationRequest(credential.type(), credential.value(), NOW, null, null, null, null, null);
    }
}
