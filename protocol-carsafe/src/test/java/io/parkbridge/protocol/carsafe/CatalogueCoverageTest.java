package io.parkbridge.protocol.carsafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.parkbridge.protocol.carsafe.catalogue.CarsafeCatalogue;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeInterface;
import io.parkbridge.protocol.carsafe.catalogue.Direction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Checks the committed catalogue against specs/catalog/carsafe.md: nothing missing, nothing changed. */
class CatalogueCoverageTest {
    private static final CarsafeCatalogue CATALOGUE = CarsafeCatalogue.standard();

    @Test
    void counts_match_the_catalogue_document() {
        assertThat(CATALOGUE.all()).hasSize(287);
        assertThat(CATALOGUE.byDirection(Direction.WE_CALL)).hasSize(227);
        assertThat(CATALOGUE.byDirection(Direction.VENDOR_CALLS_US)).hasSize(28);
        assertThat(CATALOGUE.byDirection(Direction.UPLOAD)).hasSize(26);
        assertThat(CATALOGUE.byDirection(Direction.UNCLEAR)).hasSize(6);
    }

    @Test
    void every_interface_has_a_named_handle() throws Exception {
        java.util.Set<String> numbers = new java.util.HashSet<>();
        for (java.lang.reflect.Field f : io.parkbridge.protocol.carsafe.catalogue.CarsafeInterfaces.class.getFields()) {
            numbers.add(((CarsafeInterface) f.get(null)).number());
        }
        assertThat(numbers).hasSize(287);
        assertThat(io.parkbridge.protocol.carsafe.catalogue.CarsafeInterfaces.CALC_6_1.path()).isEqualTo("api.aspx/calc");
    }

    @Test
    void wire_names_are_kept_as_printed() {
        assertThat(CarsafeCatalogue.of("6.39").requestFieldNames()).contains("aeceivable");
        assertThat(CarsafeCatalogue.of("6.30").requestFieldNames()).contains("recodeType");
        assertThat(CarsafeCatalogue.of("6.69").requestFieldNames()).contains("crateDateTime");
        assertThat(CarsafeCatalogue.of("6.108").path()).isEqualTo("api.aspx/park.licensePlateDiscount.detele");
        assertThat(CarsafeCatalogue.of("13.3").path()).isEqualTo("report/parkOutdata");
        assertThat(CarsafeCatalogue.of("13.4").printedPath()).isEqualTo("reoport/parkTempCarCharge");
        assertThat(CarsafeCatalogue.of("13.4").path()).isEqualTo("report/parkTempCarCharge");
        assertThat(CarsafeCatalogue.of("6.1").requiredRequestFields()).containsExactly("credentialtype", "credential",
                "calcendtime");
    }

    @Test
    void every_row_of_the_catalogue_document_is_in_the_catalogue() throws IOException {
        Path doc = locate();
        assumeTrue(doc != null, "specs/catalog/carsafe.md not found next to the repository");
        Map<String, String[]> rows = rows(Files.readString(doc, StandardCharsets.UTF_8));
        assertThat(rows).hasSize(287);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String[]> e : rows.entrySet()) {
            String number = e.getKey();
            String[] cells = e.getValue();
            var found = CATALOGUE.find(number);
            if (found.isEmpty()) {
                problems.add(number + " missing");
                continue;
            }
            CarsafeInterface i = found.get();
            Matcher path = Pattern.compile("`([^`]+)`").matcher(cells[4]);
            if (path.find() && !path.group(1).strip().equals(i.printedPath())) {
                problems.add(number + " printed path " + path.group(1) + " vs " + i.printedPath());
            }
            if (!cells[1].equals(i.nameZh())) {
                problems.add(number + " name " + cells[1]);
            }
            String dir = cells[3];
            boolean vendorCalls = dir.startsWith("Chean →") || dir.startsWith("probably Chean →");
            if (vendorCalls != (i.direction() == Direction.VENDOR_CALLS_US)) {
                problems.add(number + " direction " + dir + " vs " + i.direction());
            }
            // every back-quoted name in the request cell outside parentheses is a known field
            String req = cells[5].replaceAll("\\([^()]*\\)", "").replaceAll("\\([^()]*\\)", "");
            Matcher m = Pattern.compile("`([A-Za-z_][A-Za-z0-9_]*)`").matcher(req);
            while (m.find()) {
                String name = m.group(1);
                if (!List.of("null", "true", "false", "True", "False", "data").contains(name)
                        && !i.requestFieldNames().contains(name)) {
                    problems.add(number + " request field " + name);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    static Path locate() {
        String prop = System.getProperty("carsafe.catalog");
        List<Path> candidates = new ArrayList<>();
        if (prop != null) {
            candidates.add(Path.of(prop));
        }
        candidates.add(Path.of("../../shared/specs/catalog/carsafe.md"));
        candidates.add(Path.of("../../../shared/specs/catalog/carsafe.md"));
        candidates.add(Path.of("/work/shared/specs/catalog/carsafe.md"));
        return candidates.stream().filter(Files::isRegularFile).findFirst().orElse(null);
    }

    private static Map<String, String[]> rows(String md) {
        Map<String, String[]> rows = new LinkedHashMap<>();
        boolean inCatalogue = false;
        for (String line : md.split("\n")) {
            if (line.startsWith("## 2.")) {
                inCatalogue = true;
            } else if (line.startsWith("## 3.")) {
                break;
            }
            if (inCatalogue && line.matches("^\\| \\d+\\.\\d+(\\.\\d+)? \\|.*")) {
                String[] cells = line.strip().replaceAll("^\\||\\|$", "").split(" \\| ");
                for (int k = 0; k < cells.length; k++) {
                    cells[k] = cells[k].strip();
                }
                rows.put(cells[0], cells);
            }
        }
        return rows;
    }
}
