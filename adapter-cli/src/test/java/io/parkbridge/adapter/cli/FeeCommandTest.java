package io.parkbridge.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fee quote}: expected amounts worked out by hand from the tariff's rules. */
class FeeCommandTest {
    static final String YAML = """
            name: Lot A 2026
            zone: Asia/Shanghai
            freePeriod: 15          # minutes
            firstPeriod: 1h
            firstPeriodPrice: "5.00"
            segments:
              - name: all day
                start: "00:00"
                end: "00:00"
                unit: 30
                unitPrice: "1.00"
            dailyCap: "30.00"
            capWindow: ROLLING_24H
            classes:
              LARGE: { pricePercent: 200 }
              NEW_ENERGY: { freePeriod: 2h }
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void writeTariff() throws Exception {
        Files.writeString(dir.resolve("lot-a.yaml"), YAML);
    }

    private CliRunner quote(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "fee";
        all[1] = "quote";
        all[2] = "--tariff";
        all[3] = "lot-a.yaml";
        System.arraycopy(args, 0, all, 4, args.length);
        return CliRunner.in(dir, "", Map.of(), all);
    }

    /** 08:00 -> 10:10 is 130 min: first hour 5.00, then 70 min = 3 units of 30 min at 1.00: 8.00. */
    @Test
    void quotesWithTheBreakdown() {
        CliRunner r = quote("--entry", "2026-03-01 08:00", "--exit", "2026-03-01 10:10");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Tariff   Lot A 2026 (Asia/Shanghai)")
                .contains("Stay     2026-03-01 08:00:00 -> 2026-03-01 10:10:00 (2 h 10 min), class SMALL")
                .contains("first period").contains("all day")
                .containsPattern("Gross +8\\.00")
                .containsPattern("Payable +8\\.00 yuan");
    }

    /** 8.00 gross, paid 1.00 leaves 7.00; coupon 2.00 off leaves 5.00; 20% of that is 1.00: 4.00 (docs/fees.md order). */
    @Test
    void couponsAndPaymentsAsJson() throws Exception {
        CliRunner r = quote("--entry", "2026-03-01T08:00+08:00", "--exit", "2026-03-01 10:10", "--coupon", "C1=amount:2.00",
                "--coupon", "percent:20", "--paid", "1.00", "--json");
        assertThat(r.exitCode()).isZero();
        JsonNode q = new ObjectMapper().readTree(r.out());
        assertThat(q.get("gross").asText()).isEqualTo("8.00");
        assertThat(q.get("alreadyPaid").asText()).isEqualTo("1.00");
        assertThat(q.get("payable").asText()).isEqualTo("4.00");
        assertThat(q.get("payableFen").asLong()).isEqualTo(400);
        assertThat(q.get("minutes").asLong()).isEqualTo(130);
        assertThat(q.get("discounts").get(0).get("reference").asText()).isEqualTo("C1");
        assertThat(q.get("discounts").get(0).get("amount").asText()).isEqualTo("2.00");
        assertThat(q.get("discounts").get(1).get("amount").asText()).isEqualTo("1.00");
        long lineSum = 0;
        for (JsonNode l : q.get("lines")) {
            lineSum += Math.round(Double.parseDouble(l.get("subtotal").asText()) * 100);
        }
        assertThat(lineSum).isEqualTo(800);
    }

    /** LARGE pays 200%: 16.00; NEW_ENERGY has 2 h free, 130 min exceeds it: the usual 8.00; 10 min: free. */
    @Test
    void vehicleClassesFromOptionAndPlate() {
        assertThat(quote("--entry", "2026-03-01 08:00", "--exit", "2026-03-01 10:10", "--class", "large").out())
                .containsPattern("Payable +16\\.00 yuan");
        CliRunner ev = quote("--entry", "2026-03-01 08:00", "--exit", "2026-03-01 08:10", "--plate", "粤B12345D");
        assertThat(ev.out()).contains("class NEW_ENERGY, plate 粤B12345D").containsPattern("Payable +0\\.00 yuan");
    }

    /** 3 days at the 30.00 cap per 24 h = 90.00. */
    @Test
    void dailyCapApplies() {
        CliRunner r = quote("--entry", "2026-03-01 08:00", "--exit", "2026-03-04 08:00");
        assertThat(r.out()).containsPattern("Payable +90\\.00 yuan").contains("cap");
    }

    /**
     * 30 days from 08:00: the first 24 h are 5.00 + 46 units, capped at 30.00; every later 24 h
     * bills alike (48 units capped at 30.00), so it is one line standing for 29 of them.
     */
    @Test
    void aMonthIsAFewLinesWithRepeatedDays() throws Exception {
        CliRunner text = quote("--entry", "2026-03-01 08:00", "--exit", "2026-03-31 08:00");
        assertThat(text.out()).containsPattern("Payable +900\\.00 yuan").contains("all day, 29 days")
                .contains("daily cap 30.00 (each 24 h)");
        JsonNode q = new ObjectMapper().readTree(quote("--entry", "2026-03-01 08:00", "--exit", "2026-03-31 08:00",
                "--json").out());
        assertThat(q.get("lines")).hasSizeLessThanOrEqualTo(3);
        JsonNode repeated = q.get("lines").get(q.get("lines").size() - 1);
        assertThat(repeated.get("repeats").asInt()).isEqualTo(29);
        assertThat(repeated.get("subtotal").asText()).isEqualTo("870.00");
    }

    @Test
    void usageErrorsNameTheOption() throws Exception {
        CliRunner badTime = quote("--entry", "yesterday", "--exit", "2026-03-01 10:10");
        assertThat(badTime.exitCode()).isEqualTo(2);
        assertThat(badTime.err()).contains("--entry: expected").hasLineCount(1);

        CliRunner reversed = quote("--entry", "2026-03-01 10:00", "--exit", "2026-03-01 09:00");
        assertThat(reversed.exitCode()).isEqualTo(2);

        CliRunner badCoupon = quote("--entry", "2026-03-01 08:00", "--exit", "2026-03-01 10:10", "--coupon", "gift:5");
        assertThat(badCoupon.exitCode()).isEqualTo(2);
        assertThat(badCoupon.err()).contains("--coupon gift:5");

        CliRunner badPaid = quote("--entry", "2026-03-01 08:00", "--exit", "2026-03-01 10:10", "--paid", "1.234");
        assertThat(badPaid.exitCode()).isEqualTo(2);
        assertThat(badPaid.err()).contains("--paid");

        Files.writeString(dir.resolve("bad.json"), "{\"segments\":[{\"unit\":30,\"unitPrice\":\"1.5x\"}]}");
        CliRunner badTariff = CliRunner.in(dir, "", Map.of(), "fee", "quote", "--tariff", "bad.json",
                "--entry", "2026-03-01 08:00", "--exit", "2026-03-01 10:10");
        assertThat(badTariff.exitCode()).isEqualTo(2);
        assertThat(badTariff.err()).contains("segments[0].unitPrice").hasLineCount(1);

        Files.writeString(dir.resolve("typo.json"), "{\"segments\":[{\"unit\":30,\"unitPrice\":\"1.00\"}],\"dailyCapp\":\"3\"}");
        CliRunner typo = CliRunner.in(dir, "", Map.of(), "fee", "quote", "--tariff", "typo.json",
                "--entry", "2026-03-01 08:00", "--exit", "2026-03-01 10:10");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("dailyCapp: unknown field");

        CliRunner missing = CliRunner.in(dir, "", Map.of(), "fee", "quote", "--tariff", "nope.json",
                "--entry", "2026-03-01 08:00", "--exit", "2026-03-01 10:10");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("cannot read tariff file");
    }
}
