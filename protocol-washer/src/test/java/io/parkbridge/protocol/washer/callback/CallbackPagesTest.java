package io.parkbridge.protocol.washer.callback;

import static org.assertj.core.api.Assertions.assertThat;

import io.parkbridge.protocol.washer.testing.WikiPages;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The typed callbacks against the wiki's callback pages. */
class CallbackPagesTest {

    @Test
    void everyCallbackPageBelongsToExactlyOneType() {
        List<String> pages = WikiPages.all().stream()
                .filter(p -> p.startsWith("Callback-") && !p.equals("Callback-Summary.md")).toList();
        assertThat(pages).hasSize(14);
        assertThat(Arrays.stream(CallbackType.values()).filter(t -> t != CallbackType.UNKNOWN)
                .map(CallbackType::page)).containsExactlyInAnyOrderElementsOf(pages);
    }

    @Test
    void eachTypeReadsExactlyItsPagesFields() {
        for (CallbackType t : CallbackType.values()) {
            if (t == CallbackType.UNKNOWN) {
                continue;
            }
            List<String> documented = WikiPages.tableNames(WikiPages.read(t.page()), "Request parameters:");
            assertThat(t.allFields()).as(t.name()).containsExactlyInAnyOrderElementsOf(documented);
        }
    }

    @Test
    void theSummaryListsTheFourteenTypes() {
        List<String> listed = WikiPages.tableNames(WikiPages.read("Callback-Summary.md"), "#### Callback type:");
        assertThat(listed).containsExactlyInAnyOrderElementsOf(Arrays.stream(CallbackType.values())
                .filter(t -> t != CallbackType.UNKNOWN).map(Enum::name).toList());
    }
}
