package io.parkbridge.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The layering of the product, and proof that each rule catches a violation. */
class LayeringTest {
    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.parkbridge");
    private static final String FIXTURE_ROOT = "io.parkbridge.archfixture";
    private static final JavaClasses FIXTURE = new ClassFileImporter().importPackages(FIXTURE_ROOT);

    static Stream<ArchRule> productRules() {
        return LayerRules.all("io.parkbridge").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("productRules")
    void productFollowsTheRule(ArchRule rule) {
        rule.check(PRODUCT);
    }

    @Test
    void productClassesWereActuallyImported() {
        // A rule over nothing passes vacuously: make sure every module's classes are here.
        for (String pkg : List.of("io.parkbridge.core", "io.parkbridge.protocol.support",
                "io.parkbridge.protocol.carsafe", "io.parkbridge.protocol.welink", "io.parkbridge.protocol.bluecard",
                "io.parkbridge.protocol.washer", "io.parkbridge.adapter.http", "io.parkbridge.adapter.cli")) {
            assertThat(PRODUCT.stream().anyMatch(c -> c.getPackageName().startsWith(pkg))).as(pkg).isTrue();
        }
    }

    @Test
    void coreRuleCatchesAFrameworkImport() {
        assertViolation(LayerRules.coreIsPure(FIXTURE_ROOT), "archfixture.core.LeakyDomain", "okhttp3.OkHttpClient");
    }

    @Test
    void coreRuleCatchesADependencyOnAnotherModule() {
        assertViolation(LayerRules.coreIsPure(FIXTURE_ROOT), "archfixture.core.LeakyDomain",
                "archfixture.protocol.welink.WelinkThing");
    }

    @Test
    void vendorRuleCatchesOneVendorUsingAnother() {
        EvaluationResult result = evaluateAll(LayerRules.vendorsAreIsolated(FIXTURE_ROOT));
        assertThat(result.hasViolation()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails()))
                .contains("archfixture.protocol.bluecard.BluecardThing")
                .contains("archfixture.protocol.welink.WelinkThing");
    }

    @Test
    void supportRuleCatchesADependencyOnAVendor() {
        assertViolation(LayerRules.supportDependsOnlyOnCore(FIXTURE_ROOT), "archfixture.protocol.support.Plumbing",
                "archfixture.protocol.welink.WelinkThing");
    }

    @Test
    void cliRuleCatchesADependencyOnTheCli() {
        assertViolation(LayerRules.nothingDependsOnTheCli(FIXTURE_ROOT), "archfixture.adapter.http.Server",
                "archfixture.adapter.cli.Command");
    }

    @Test
    void serverRuleCatchesAProtocolUsingTheServer() {
        assertViolation(LayerRules.onlyTheCliUsesTheServer(FIXTURE_ROOT), "archfixture.protocol.welink.WelinkThing",
                "archfixture.adapter.http.Server");
    }

    private static EvaluationResult evaluateAll(List<ArchRule> rules) {
        EvaluationResult result = rules.get(0).evaluate(FIXTURE);
        for (ArchRule rule : rules.subList(1, rules.size())) {
            result.add(rule.evaluate(FIXTURE));
        }
        return result;
    }

    private static void assertViolation(ArchRule rule, String from, String to) {
        EvaluationResult result = rule.evaluate(FIXTURE);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains(from).contains(to));
    }
}
