package io.parkbridge.protocol.bluecard.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The catalogue in code against the interface list of shared/specs/catalog/bluecard.md (read from
 * the shared folder when present, else from the copy kept as a test resource): nothing missing,
 * nothing extra, directions, paths and general-mode methods equal.
 */
class CatalogCoverageTest {
    /** From the module dir: ../../shared when the repository sits next to shared/, ../../../shared for a worktree. */
    static final List<Path> SHARED_CANDIDATES = List.of(Path.of("../../shared/specs/catalog/bluecard.md"),
            Path.of("../../../shared/specs/catalog/bluecard.md"));

    /** The shared catalogue when present, else the copy kept as a test resource. */
    static List<String> catalogueLines() throws IOException {
        for (Path p : SHARED_CANDIDATES) {
            if (Files.isRegularFile(p)) {
                return Files.readAllLines(p, StandardCharsets.UTF_8);
            }
        }
        try (InputStream in = CatalogCoverageTest.class.getResourceAsStream("/bluecard-catalog.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
    private static final Pattern ROW = Pattern.compile(
            "^\\| (4\\.\\d+) \\(L\\d+\\) \\| ([^|]+) \\| ([^|]+) \\| (BC → TP|TP → BC) \\| ([^|]+) \\|");

    record Row(String section, Direction direction, String path, String method, boolean deprecated) {
    }

    @Test
    void everyCatalogueInterfaceIsInTheCodeAndNothingElse() throws IOException {
        List<Row> expected = expectedRows();
        assertThat(expected).hasSize(34);
        List<Row> actual = Arrays.stream(BluecardInterface.values()).map(i -> new Row(i.section(), i.direction(),
                i.direction() == Direction.US_TO_BLUECARD ? i.wireName() : "", i.generalMethod().orElse(""),
                i.deprecated())).toList();
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void sixteenPushesEighteenCallsOneDeprecatedSevenGeneralMode() {
        assertThat(BluecardInterface.of(Direction.BLUECARD_TO_US)).hasSize(16);
        assertThat(BluecardInterface.of(Direction.US_TO_BLUECARD)).hasSize(18);
        assertThat(Arrays.stream(BluecardInterface.values()).filter(BluecardInterface::deprecated)
                .map(BluecardInterface::section)).containsExactly("4.12");
        Set<String> general = Arrays.stream(BluecardInterface.values()).filter(i -> i.generalMethod().isPresent())
                .map(BluecardInterface::section).collect(Collectors.toCollection(TreeSet::new));
        assertThat(general).containsExactlyInAnyOrder("4.28", "4.29", "4.30", "4.31", "4.32", "4.33", "4.34");
    }

    @Test
    void pushRouteNamesAreUniqueSoEachPushGetsItsOwnUrl() {
        List<String> names = BluecardInterface.of(Direction.BLUECARD_TO_US).stream().map(BluecardInterface::wireName)
                .toList();
        assertThat(names).doesNotHaveDuplicates();
    }

    @Test
    void onlyQueriesAreIdempotent() {
        assertThat(Arrays.stream(BluecardInterface.values()).filter(BluecardInterface::idempotent)
                .map(BluecardInterface::wireName)).containsExactlyInAnyOrder("getChargebf", "queryWhite", "queryBlack",
                        "queryBookingCar", "queryImgByName", "getAllSpaceStatus", "getSpaceStatusByPlate");
        assertThat(BluecardInterface.SEND_PAY_RES.idempotent()).isFalse();
    }

    @Test
    void theKeptCopyIsTheSharedCatalogue() throws IOException {
        try (InputStream in = CatalogCoverageTest.class.getResourceAsStream("/bluecard-catalog.md")) {
            List<String> copy = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertThat(catalogueLines()).as("test resource bluecard-catalog.md is up to date").isEqualTo(copy);
        }
    }

    private static List<Row> expectedRows() throws IOException {
        {
            List<Row> rows = new ArrayList<>();
            for (String line : catalogueLines()) {
                Matcher m = ROW.matcher(line);
                if (!m.find()) {
                    continue;
                }
                String url = m.group(5);
                Matcher path = Pattern.compile("/bcopenapi/out/(\\w+)").matcher(url);
                Matcher method = Pattern.compile("`method` = `(\\w+)`").matcher(url);
                rows.add(new Row(m.group(1), direction(m.group(4)), path.find() ? path.group(1) : "",
                        method.find() ? method.group(1) : "", m.group(3).toLowerCase().contains("deprecated")));
            }
            assertThat(rows).as("the kept list matches the catalogue").containsExactlyElementsOf(resourceRows());
            return rows;
        }
    }

    private static List<Row> resourceRows() throws IOException {
        try (InputStream in = CatalogCoverageTest.class.getResourceAsStream("/bluecard-catalog.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> {
                String[] p = l.split("\\|", -1);
                return new Row(p[0], direction(p[1].replace("->", " → ")), p[2], p[3], p[4].equals("deprecated"));
            }).toList();
        }
    }

    private static Direction direction(String arrow) {
        return arrow.startsWith("BC") ? Direction.BLUECARD_TO_US : Direction.US_TO_BLUECARD;
    }
}
