package io.parkbridge.protocol.welink.message;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.parkbridge.core.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Section 5.3: passports (凭证: vehicle or access-control credentials, i.e. the white list). */
public final class Passports {
    private Passports() {
    }

    /** Passport type 1: vehicle. */
    public static final int VEHICLE = 1;
    /** Passport type 2: access control. */
    public static final int ACCESS_CONTROL = 2;

    /**
     * 5.3.1 /passport/query (paged).
     *
     * @param passportType 1 vehicle, 2 access control
     * @param state filter: 1 valid, 2 unauthorized, 3 expired, 4 no plate/card (the example's 0 is undocumented)
     * @param keyword plate, card number, name, address...
     */
    public record QueryRequest(@NotNull @Min(1) @Max(2) Integer passportType, @NotNull @Min(0) Integer offset,
            @NotNull @Min(1) Integer length, Integer state, @Size(max = 20) String keyword)
            implements Paged<QueryRequest> {
        @Override
        public QueryRequest withPage(int newOffset, int newLength) {
            return new QueryRequest(passportType, newOffset, newLength, state, keyword);
        }
    }

    /** Validity and areas of a passport ({@code parkAuth} or {@code acAuth}); dates yyyy-MM-dd. */
    public record Authorization(@Pattern(regexp = WeLinkFormats.DATE_REGEX) String startDate,
            @Pattern(regexp = WeLinkFormats.DATE_REGEX) String endDate, @NotNull List<Long> areaIds) {
        public Authorization {
            areaIds = areaIds == null ? null : List.copyOf(areaIds);
        }
    }

    /**
     * A passport as returned by query/get. {@code sharePlates} and {@code cardNumber} are
     * comma-separated lists; {@code inviteable} 0/1 (may make bookings).
     */
    public record Passport(@NotNull Long passportId, String name, String address, String mobilePhone, Integer mgrType,
            Integer carType, String plateNumber, Integer spacenum, String sharePlates, String cardNumber,
            Integer inviteable, String invitationCode, @Valid Authorization parkAuth, @Valid Authorization acAuth) {
        /** The usual record text with each card number masked to its last four characters. */
        @Override
        public String toString() {
            return MaskedText.of(this, java.util.Set.of("cardNumber"));
        }
    }

    /** 5.3.2 /passport/get: exactly one of passportId and plateNumber (二选一). */
    public record GetRequest(Long passportId, @Size(max = 10) String plateNumber) {
        /** The document allows exactly one key. */
        @JsonIgnore
        @AssertTrue(message = "exactly one of passportId and plateNumber")
        public boolean isExactlyOneKey() {
            return (passportId != null) != (plateNumber != null && !plateNumber.isBlank());
        }

        public static GetRequest byId(long passportId) {
            return new GetRequest(passportId, null);
        }

        public static GetRequest byPlate(String plateNumber) {
            return new GetRequest(null, plateNumber);
        }
    }

    /** 5.3.4 /passport/hasPlateNumbers: passportId 0 for a new passport; plates comma-separated. */
    public record HasPlateNumbersRequest(@NotNull Long passportId, @NotBlank @Size(max = 50) String plateNumbers) {
    }

    /** 5.3.5 /passport/hasCardNumbers: passportId 0 for a new passport; cards comma-separated. */
    public record HasCardNumbersRequest(@NotNull Long passportId, @NotBlank @Size(max = 50) String cardNumbers) {
        /** The usual record text with each card number masked to its last four characters. */
        @Override
        public String toString() {
            return MaskedText.of(this, java.util.Set.of("cardNumbers"));
        }
    }

    /**
     * 5.3.6 /passport/add. {@code parkAuth} (vehicle) carries only areaIds; {@code acAuth}
     * (access control) may carry dates. {@code passportType} is typed long here. The reply is
     * the new passport id.
     */
    public record AddRequest(@NotNull @Min(1) @Max(2) Long passportType, @NotBlank @Size(max = 50) String name,
            @Size(max = 50) String address, @NotBlank @Size(max = 11) String mobilePhone, Integer mgrType,
            Integer carType, @Size(max = 10) String plateNumber, Integer spacenum, @Size(max = 50) String sharePlates,
            @Size(max = 100) String cardNumber, @NotNull @Min(0) @Max(1) Integer inviteable,
            @Size(max = 32) String invitationCode, @Valid Authorization parkAuth, @Valid Authorization acAuth) {
        /** The usual record text with each card number masked to its last four characters. */
        @Override
        public String toString() {
            return MaskedText.of(this, java.util.Set.of("cardNumber"));
        }
    }

    /** 5.3.7 /passport/update: the add fields plus passportId. */
    public record UpdateRequest(@NotNull Long passportId, @NotNull @Min(1) @Max(2) Integer passportType,
            @NotBlank @Size(max = 50) String name, @Size(max = 50) String address,
            @NotBlank @Size(max = 11) String mobilePhone, Integer mgrType, Integer carType,
            @Size(max = 10) String plateNumber, Integer spacenum, @Size(max = 50) String sharePlates,
            @Size(max = 100) String cardNumber, @NotNull @Min(0) @Max(1) Integer inviteable,
            @Size(max = 32) String invitationCode, @Valid Authorization parkAuth, @Valid Authorization acAuth) {
        /** The usual record text with each card number masked to its last four characters. */
        @Override
        public String toString() {
            return MaskedText.of(this, java.util.Set.of("cardNumber"));
        }
    }

    /** 5.3.8 /passport/delete. */
    public record DeleteRequest(@NotNull @Min(1) @Max(2) Integer passportType, @NotNull Long passportId) {
    }

    /**
     * 5.3.9 /passport/renew (long-rent extension). {@code period} is not checked against the
     * dates by WeLink; {@code money} is typed int in the document and is in the client's unit.
     */
    public record RenewRequest(@NotBlank @Size(max = 10) String plateNumber,
            @NotNull @Pattern(regexp = WeLinkFormats.DATE_REGEX) String startDate,
            @NotNull @Pattern(regexp = WeLinkFormats.DATE_REGEX) String endDate, @NotNull @Min(0) Integer period,
            @NotNull Money money) {
    }

    /** Lock state 1: lock. */
    public static final int LOCK = 1;
    /** Lock state 2: unlock. */
    public static final int UNLOCK = 2;

    /** 5.3.10 /passport/lock: state 1 lock, 2 unlock. Failure is code 0006. */
    public record LockRequest(@NotBlank @Size(max = 10) String plateNumber, @NotNull @Min(1) @Max(2) Integer state) {
    }

    /** Collects non-empty items of a comma-separated list (plates, cards, area ids). */
    public static List<String> splitList(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }

}
