package io.parkbridge.protocol.welink.message;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.parkbridge.core.money.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Section 5.2: park information (areas, lanes, code tables, spaces, rent rule, lane QR codes). */
public final class Info {
    private Info() {
    }

    /** 5.2.1 an area; {@code areaType} 1 parking, 2 access control. */
    public record Area(@NotNull Long areaId, String areaName, Integer areaType) {
    }

    /** 5.2.2 a lane; {@code laneType} 1 entry, 2 exit, 3 access control. */
    public record Lane(@NotNull Long laneId, String laneName, Integer laneType, Long areaId) {
    }

    /** 5.2.3/5.2.4 one row of the park's own code tables (mgrType, carType). */
    public record CodeName(@NotNull Integer type, String name) {
    }

    /** 5.2.5 space counts of one area; tmp = temporary parking, long = long rent. */
    public record AreaSpace(@NotNull Long areaId, Integer totalSpace, Integer tmpSpace, Integer longSpace,
            Integer freeSpace, Integer tmpFreeSpace, Integer longFreeSpace, Boolean freeSpaceValid,
            Boolean tmpFreeSpaceValid, Boolean longFreeSpaceValid) {
    }

    /** 5.2.6 /info/rentRule request; both filters optional. */
    public record RentRuleRequest(Integer mgrType, Integer carType) {
    }

    /**
     * 5.2.6 long-rent fee rule. Money in the client's {@link MoneyUnit} (yuan by default).
     * {@code allowDiscontinuous} is the string "true"/"false"; the example's key has a trailing
     * space, accepted as an alias.
     */
    public record RentRule(@NotNull Money monthlyRent, Money monthlyRent2, Money monthlyRent3, Money monthlyRent4,
            Money monthlyRent5, Money monthlyRent6, Money monthlyRent12,
            @JsonAlias("allowDiscontinuous ") String allowDiscontinuous) {

        /** True when renewal periods need not be continuous. */
        public boolean discontinuousAllowed() {
            return "true".equalsIgnoreCase(allowDiscontinuous == null ? "" : allowDiscontinuous.strip());
        }
    }

    /**
     * 5.2.7 /info/setQrUrl request. {@code lanId} is spelled so in both the example and the
     * table (probably the vendor's typo for laneId; kept, renamable in the client).
     */
    public record SetQrUrlRequest(@NotNull Long lanId, @NotBlank @Size(max = 100) String qrUrl,
            @Size(max = 32) String qrCode) {
    }

    /** 5.2.7 reply: the lane's QR short code. */
    public record QrCode(@NotBlank String qrCode) {
    }
}
