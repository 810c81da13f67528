package io.parkbridge.protocol.welink.message;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Section 5.10: the black list. {@code areaIds} is a comma-separated string of area ids (its
 * printed length 19 cannot hold two; not enforced).
 */
public final class Blacklist {
    private Blacklist() {
    }

    /** 5.10.1 /blacklist/add. Dates: the table says date-time, the example a date; both accepted. Reply: record id. */
    public record AddRequest(@NotBlank @Size(max = 10) String plateNumber, @NotBlank String areaIds,
            @NotNull @Pattern(regexp = WeLinkFormats.DATE_OR_DATE_TIME_REGEX) String startDate,
            @Pattern(regexp = WeLinkFormats.DATE_OR_DATE_TIME_REGEX) String endDate, @Size(max = 100) String reason) {
    }

    /** 5.10.2 /blacklist/delete. */
    public record DeleteRequest(@NotNull Long blackListId) {
    }

    /** 5.10.3 /blacklist/query (paged). The table names the filter keyword; the example key. */
    public record QueryRequest(@Size(max = 20) String keyword, @NotNull @Min(0) Integer offset,
            @NotNull @Min(1) Integer length) implements Paged<QueryRequest> {
        @Override
        public QueryRequest withPage(int newOffset, int newLength) {
            return new QueryRequest(keyword, newOffset, newLength);
        }
    }

    /** 5.10.3 a black-list entry. */
    public record Entry(@NotNull Long blackListId, String areaIds, @NotBlank String plateNumber, String startDate,
            String endDate, String reason) {
    }
}
