package io.parkbridge.protocol.welink.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.parkbridge.protocol.welink.message.MoneyUnit;
import io.parkbridge.protocol.welink.message.WeLinkJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every business field the spec catalogue lists for an endpoint is a field of our request or
 * reply record, under the vendor's name (read from specs/catalog/welink.md when present).
 */
class CatalogueFieldsTest {
    private static final Pattern NAME = Pattern.compile("`([A-Za-z][A-Za-z0-9]*)`");
    private static final ObjectMapper MAPPER = WeLinkJson.mapper(MoneyUnit.YUAN);
    private static final Map<String, Set<String>> REQUESTS = new LinkedHashMap<>();
    private static final Map<String, Set<String>> REPLIES = new LinkedHashMap<>();

    @BeforeAll
    static void read() throws Exception {
        Optional<Path> md = Stream.of("../../shared/specs/catalog/welink.md", "../../../shared/specs/catalog/welink.md",
                "/work/shared/specs/catalog/welink.md").map(Path::of).filter(Files::isRegularFile).findFirst();
        Assumptions.assumeTrue(md.isPresent(), "specs/catalog/welink.md not present");
        for (String line : Files.readAllLines(md.get())) {
            if (!line.startsWith("| 5.")) {
                continue;
            }
            String[] cells = line.split("\\|");
            String section = cells[1].strip().split(" ")[0];
            REQUESTS.put(section, names(withoutParentheses(cells[6])));
            Matcher braces = Pattern.compile("\\{(.*)}").matcher(cells[7]);
            REPLIES.put(section, braces.find() ? names(withoutParentheses(braces.group(1))) : Set.of());
        }
        // Decisions recorded in docs/vendors/welink.md:
        REQUESTS.get("5.3.7").addAll(REQUESTS.get("5.3.6")); // "same as 5.3.6, plus passportId"
        REQUESTS.put("5.7.3", Set.of("laneId", "userId")); // the table's spelling; the example's laneld/userid are OCR/variants
        REQUESTS.get("5.11.2").removeAll(Set.of("freeStartTime", "freeEndTime", "freeTimeLength")); // table names chosen
        REPLIES.put("5.3.2", REPLIES.get("5.3.1")); // "same fields as 5.3.1"
        REPLIES.put("5.9.5", REPLIES.get("5.9.4")); // "array of Booking"
    }

    private static Set<String> names(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String withoutParentheses(String text) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Set<String> jsonNames(Class<?> type) {
        List<BeanPropertyDefinition> props = MAPPER.getSerializationConfig()
                .introspect(MAPPER.constructType(type)).findProperties();
        return props.stream().map(BeanPropertyDefinition::getName).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Test
    void everyRequestRecordHasExactlyTheDocumentedFields() {
        assertThat(REQUESTS).hasSize(52);
        for (WeLinkEndpoint<?, ?> e : WeLinkCatalog.ALL) {
            Set<String> ours = e.hasRequest() ? jsonNames(e.requestType()) : Set.of();
            assertThat(ours).as(e.toString()).containsExactlyInAnyOrderElementsOf(REQUESTS.get(e.section()));
        }
    }

    @Test
    void everyReplyRecordHasEveryDocumentedField() {
        for (WeLinkEndpoint<?, ?> e : WeLinkCatalog.ALL) {
            Set<String> documented = REPLIES.get(e.section());
            if (e.replyShape() == ReplyShape.OBJECT || e.replyShape() == ReplyShape.LIST && e.replyType() != String.class) {
                // Shared reply records (Rule, Passport, Booking) may carry a field one of their endpoints omits.
                assertThat(jsonNames(e.replyType())).as(e.toString()).containsAll(documented).isNotEmpty();
            } else {
                assertThat(documented).as(e.toString()).isEmpty();
            }
        }
    }
}
