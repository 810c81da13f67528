package io.parkbridge.protocol.welink.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.parkbridge.protocol.welink.client.WeLinkClient;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WeLinkCatalogTest {
    private static final Pattern ROW = Pattern.compile("^\\| (5\\.[0-9.]+) .*?\\|.*?\\|.*?\\| (GET|POST)\\b[^|]*\\| `(/api/[^`]+)`");

    /** "section METHOD /api/path" for every endpoint of our catalogue. */
    private static List<String> ours() {
        return WeLinkCatalog.ALL.stream().map(e -> e.section() + " " + e.method() + " " + e.fullPath()).toList();
    }

    @Test
    void catalogueMatchesTheCopiedInterfaceList() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/welink-catalog-endpoints.txt")) {
            List<String> expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            assertThat(expected).hasSize(52);
            assertThat(ours()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void catalogueMatchesTheSpecCatalogueMarkdownWhenPresent() throws IOException {
        Optional<Path> md = Stream.of("../../shared/specs/catalog/welink.md", "../../../shared/specs/catalog/welink.md",
                "/work/shared/specs/catalog/welink.md").map(Path::of).filter(Files::isRegularFile).findFirst();
        org.junit.jupiter.api.Assumptions.assumeTrue(md.isPresent(), "specs/catalog/welink.md not present");
        List<String> rows = Files.readAllLines(md.get()).stream().map(ROW::matcher).filter(Matcher::find)
                .map(m -> m.group(1) + " " + m.group(2) + " " + m.group(3)).toList();
        assertThat(rows).hasSize(52);
        assertThat(ours()).containsExactlyElementsOf(rows);
    }

    @Test
    void pathsAreUniqueAndLookupWorksWithAndWithoutPrefix() {
        assertThat(WeLinkCatalog.ALL).hasSize(52);
        assertThat(WeLinkCatalog.ALL.stream().map(WeLinkEndpoint::path).distinct()).hasSize(52);
        assertThat(WeLinkCatalog.byPath("/api/passport/get")).contains(WeLinkCatalog.PASSPORT_GET);
        assertThat(WeLinkCatalog.byPath("/passport/get")).contains(WeLinkCatalog.PASSPORT_GET);
        assertThat(WeLinkCatalog.byPath("/api/nope")).isEmpty();
    }

    @Test
    void onlyGetQueriesAreIdempotentAndPagedOnesAreTheNineOfTheDocument() {
        for (WeLinkEndpoint<?, ?> e : WeLinkCatalog.ALL) {
            assertThat(e.idempotent()).as(e.toString()).isEqualTo(e.method() == HttpMethod.GET);
        }
        assertThat(WeLinkCatalog.ALL.stream().filter(WeLinkEndpoint::paged).map(WeLinkEndpoint::path)).containsExactly(
                "/passport/query", "/passrecord/queryCarRecords", "/passrecord/queryAcRecords",
                "/passrecord/queryOnParkingRecords", "/parkingFee/queryTmpRentRecords",
                "/parkingFee/queryLongRentRecords", "/coupon/queryCoupons", "/booking/queryBooking", "/blacklist/query");
        assertThat(WeLinkCatalog.ALL.stream().filter(e -> !e.hasRequest()).map(WeLinkEndpoint::path)).containsExactly(
                "/info/areas", "/info/lanes", "/info/mgrTypes", "/info/carTypes", "/info/space",
                "/passport/invitationCode", "/coupon/merchants");
    }

    @Test
    void everyEndpointHasItsTypedMethodOnTheClient() {
        for (WeLinkEndpoint<?, ?> e : WeLinkCatalog.ALL) {
            List<Method> methods = Arrays.stream(WeLinkClient.class.getMethods())
                    .filter(m -> m.getName().equals(e.javaMethod())).toList();
            assertThat(methods).as(e.javaMethod() + " for " + e).isNotEmpty();
            if (e.hasRequest()) {
                assertThat(methods).as(e.javaMethod()).anyMatch(m -> m.getParameterCount() == 1
                        && m.getParameterTypes()[0] == e.requestType());
            } else {
                assertThat(methods).as(e.javaMethod()).anyMatch(m -> m.getParameterCount() == 0);
            }
        }
    }

    @Test
    void docsInterfaceTableListsEveryEndpointWithItsJavaMethod() throws IOException {
        Path doc = Path.of("../docs/vendors/welink.md");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(doc), "docs not present");
        List<String> rows = Files.readAllLines(doc).stream().filter(l -> l.startsWith("| 5.")).toList();
        for (WeLinkEndpoint<?, ?> e : WeLinkCatalog.ALL) {
            assertThat(rows).as(e.toString()).anyMatch(r -> r.startsWith("| " + e.section() + " |")
                    && r.contains("`" + e.fullPath() + "`") && r.contains("`" + e.javaMethod() + "(")
                    && r.contains("| " + e.method() + " |"));
        }
    }
}
