package io.parkbridge.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The hexagon's dependency rules, written once over a root package so that they can be checked
 * against the product ({@code io.parkbridge}) and against a fixture that breaks each of them.
 */
final class LayerRules {
    static final List<String> VENDORS = List.of("carsafe", "welink", "bluecard", "washer");

    private LayerRules() {
    }

    /** core: no other module of ours, no framework, no I/O technology. */
    static ArchRule coreIsPure(String root) {
        return noClasses().that().resideInAPackage(root + ".core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        root + ".protocol..", root + ".adapter..",
                        "com.fasterxml.jackson..", "okhttp3..", "okio..", "java.sql..", "javax.sql..",
                        "com.sun.net.httpserver..", "jakarta..", "org.slf4j..", "java.net.http..")
                .as("core depends on no other module, framework, JSON, HTTP or JDBC library")
                .because("the domain must stay pure so every adapter can use it");
    }

    /** A vendor protocol module knows core and protocol-support only. */
    static List<ArchRule> vendorsAreIsolated(String root) {
        List<ArchRule> rules = new ArrayList<>();
        for (String vendor : VENDORS) {
            List<String> forbidden = new ArrayList<>();
            for (String other : VENDORS) {
                if (!other.equals(vendor)) {
                    forbidden.add(root + ".protocol." + other + "..");
                }
            }
            forbidden.add(root + ".adapter..");
            rules.add(noClasses().that().resideInAPackage(root + ".protocol." + vendor + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                    .as("protocol-" + vendor + " depends on no other vendor module and no adapter")
                    // emptiness is checked once, by LayeringTest.productClassesWereActuallyImported
                    .allowEmptyShould(true));
        }
        return rules;
    }

    /** protocol-support is shared plumbing: it may use core, nothing else of ours. */
    static ArchRule supportDependsOnlyOnCore(String root) {
        List<String> forbidden = new ArrayList<>();
        for (String vendor : VENDORS) {
            forbidden.add(root + ".protocol." + vendor + "..");
        }
        forbidden.add(root + ".adapter..");
        return noClasses().that().resideInAPackage(root + ".protocol.support..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                .as("protocol-support depends on core only");
    }

    /** The CLI is the outermost adapter: nothing depends on it. */
    static ArchRule nothingDependsOnTheCli(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".adapter.cli..")
                .should().dependOnClassesThat().resideInAPackage(root + ".adapter.cli..")
                .as("nothing depends on adapter-cli");
    }

    /** Protocol modules and core never reach into adapter-http. */
    static ArchRule onlyTheCliUsesTheServer(String root) {
        return noClasses().that().resideInAnyPackage(root + ".core..", root + ".protocol..")
                .should().dependOnClassesThat().resideInAPackage(root + ".adapter.http..")
                .as("core and protocol modules do not depend on adapter-http");
    }

    static List<ArchRule> all(String root) {
        List<ArchRule> rules = new ArrayList<>();
        rules.add(coreIsPure(root));
        rules.addAll(vendorsAreIsolated(root));
        rules.add(supportDependsOnlyOnCore(root));
        rules.add(nothingDependsOnTheCli(root));
        rules.add(onlyTheCliUsesTheServer(root));
        return rules;
    }
}
