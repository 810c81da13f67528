package io.parkbridge.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Runs the whole demo in-process: real server, real simulators, real HTTP on 127.0.0.1. */
class DemoCommandTest {

    @Test
    void demoPlaysTheScenariosAndReportsTheFinalState() {
        CliRunner r = CliRunner.run("demo", "--verbose");
        assertThat(r.err()).as(r.out() + r.err()).doesNotContain("parkbridge: error");
        assertThat(r.exitCode()).as(r.out()).isZero();
        // 130 min under the built-in tariff: 5.00 + 3 x 1.00
        assertThat(r.out()).contains("payable 8.00 yuan");
        // 50.00 - 15.00 (scheme 1 wash) - 5.00 (1000 ml of water at 0.50/100 ml)
        assertThat(r.out()).contains("decision: APPROVED").contains("balance shown 35.00 yuan")
                .contains("balance shown 30.00 yuan, volume 1000 ml")
                .contains("callback FINISH_WASH").contains("accepted (stored in the inbox)")
                .contains("card ******3456 balance: 30.00 yuan");
        assertThat(r.out()).contains("4.2 entry record pushed to our server: 1").contains("payment of")
                .contains("fee query again: payable 0.00 yuan").contains("4.3 exit record pushed to our server: 1");
        assertThat(r.out()).contains("monthly pass for 粤B11111 (30 days): accepted").contains("fee query for 粤B67890")
                .contains("free spaces now:");
        assertThat(r.out()).contains("6.1 fee query").contains("6.2 payment").contains("accepted; order status at Carsafe: 1")
                .contains("13.3 exit pushed to our server: acknowledged");
        assertThat(r.out()).containsPattern("stored events: [1-9]").contains("carsafe").contains("washer");
        assertThat(r.out()).contains("bluecard").contains("VehicleEntered").doesNotContain("Not played").endsWith("Done.\n");
        assertThat(r.out()).doesNotContain("8800123456");
    }

    @Test
    void unknownCommandIsAUsageError() {
        CliRunner r = CliRunner.run("no-such-command");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Unmatched argument");
        assertThat(r.out()).isEmpty();
    }
}
