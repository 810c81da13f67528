package io.parkbridge.protocol.bluecard.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every field name the catalogue lists for an interface (request and reply) exists, spelled
 * the same, somewhere in that interface's message records.
 */
class FieldNamesCoverageTest {
    private static final Pattern ROW = Pattern.compile("^\\| (4\\.\\d+) \\(L\\d+\\) \\|(?:[^|]*\\|){4}([^|]*)\\|([^|]*)\\|");
    private static final Pattern FIELD = Pattern.compile("`([A-Za-z_]+)`(?= (?:Str|Int|Arr|Obj)|;| \\(|<br>|\\s*$)");
    private static final Set<String> ENVELOPE = Set.of("status", "errorCode", "datas", "payTypeId");

    @Test
    void everyDocumentedFieldIsARecordComponentWithTheSameName() throws IOException {
        Map<String, String[]> cells = new HashMap<>();
        for (String line : CatalogCoverageTest.catalogueLines()) {
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                cells.put(m.group(1), new String[] {m.group(2), m.group(3)});
            }
        }
        assertThat(cells).hasSize(34);
        // the parser really reads the tables: a nested name of 4.3 and a snake_case one of 4.24
        assertThat(documented(cells.get("4.3")[0], Set.of())).contains("onLineProfitTimeNum", "profitChargeValue");
        assertThat(documented(cells.get("4.24")[1], ENVELOPE)).contains("coupon_mode_id", "payContent");
        int total = 0;
        for (BluecardInterface api : BluecardInterface.values()) {
            String[] cell = cells.get(api.section());
            total += documented(cell[0], Set.of()).size() + documented(cell[1], ENVELOPE).size();
            Set<String> requestNames = names(api.requestType(), new TreeSet<>());
            assertThat(requestNames).as(api.label() + " request").containsAll(documented(cell[0], Set.of()));
            if (api.replyShape() != ReplyShape.NONE) {
                Set<String> replyNames = names(api.replyDataType(), new TreeSet<>());
                assertThat(replyNames).as(api.label() + " reply").containsAll(documented(cell[1], ENVELOPE));
            }
        }
        assertThat(total).as("documented field names checked").isGreaterThan(300);
    }

    private static Set<String> documented(String cell, Set<String> skip) {
        Set<String> out = new TreeSet<>();
        Matcher m = FIELD.matcher(cell);
        while (m.find()) {
            if (!skip.contains(m.group(1))) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    private static Set<String> names(Type type, Set<String> into) {
        if (type instanceof ParameterizedType p) {
            for (Type arg : p.getActualTypeArguments()) {
                names(arg, into);
            }
            return into;
        }
        if (type instanceof Class<?> c && c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                JsonProperty jp = rc.getAnnotation(JsonProperty.class);
                if (jp == null) {
                    jp = rc.getAccessor().getAnnotation(JsonProperty.class);
                }
                String name = jp != null ? jp.value() : rc.getName();
                if (into.add(c.getName() + "#" + name)) {
                    into.add(name);
                    names(rc.getGenericType(), into);
                }
            }
        }
        return into;
    }
}
