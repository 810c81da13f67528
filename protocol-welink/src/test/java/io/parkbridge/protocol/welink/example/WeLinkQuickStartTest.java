package io.parkbridge.protocol.welink.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.parkbridge.protocol.welink.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class WeLinkQuickStartTest {
    @Test
    void exampleRunsAgainstTheSimulator() throws Exception {
        List<String> out = WeLinkQuickStart.runAt(Samples.NOW);
        assertThat(out).contains("area 1150779322741001 A区", "due 10.00 yuan, token T1$" + Samples.NOW.toEpochMilli(),
                "blacklisted 粤B99999", "payable now ¥10.00", "payment accepted true", "free spaces 198");
    }

    @Test
    void docsShowTheExampleVerbatim() throws Exception {
        Path doc = Path.of("../docs/vendors/welink.md");
        Assumptions.assumeTrue(Files.isRegularFile(doc), "docs not present");
        String source = Files.readString(Path.of("src/test/java/io/parkbridge/protocol/welink/example/WeLinkQuickStart.java"));
        String example = source.substring(source.indexOf("// example:start") + "// example:start".length(),
                source.indexOf("// example:end"));
        String docs = Files.readString(doc);
        for (String line : example.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            assertThat(docs).as("docs contain the example line").contains(line);
        }
    }
}
