package io.parkbridge.protocol.carsafe.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * 10.3 访客登记 request. {@code credentialType} 1 = visitee mobile, 2 = combined
 * mobile/name/department; {@code identityType} 2 = ID card.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VisitorRegistration(
        @JsonProperty("credentialType") @NotBlank @Pattern(regexp = "[12]") String credentialType,
        @JsonProperty("credential") @NotBlank String credential,
        @JsonProperty("guestedName") String guestedName, @JsonProperty("guestedDept") String guestedDept,
        @JsonProperty("guestName") @NotBlank String guestName, @JsonProperty("guestGender") String guestGender,
        @JsonProperty("identityType") @NotBlank String identityType,
        @JsonProperty("identityNo") @NotBlank String identityNo, @JsonProperty("companyName") String companyName,
        @JsonProperty("licensePlate") String licensePlate, @JsonProperty("applyCausation") String applyCausation,
        @JsonProperty("guestMobile") String guestMobile, @JsonProperty("usefulDate") @NotBlank String usefulDate,
        @JsonProperty("invalidDate") @NotBlank String invalidDate) {

    @Override
    public String toString() {
        return "VisitorRegistration[guest=" + guestName + ", plate=" + licensePlate + ", identityNo=****]";
    }
}
