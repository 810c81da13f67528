package io.parkbridge.adapter.cli;

import io.parkbridge.core.money.Money;
import io.parkbridge.core.plate.Plate;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The newcomer's first run: plays scenarios against what exists and prints each step. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the demo scenarios on embedded defaults and print what happened.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("ParkBridge demo");
        out.println("1. Plates from a camera, normalised and classified:");
        for (String raw : new String[] {" 粤b·12345 ", "沪AD12345", "京A1234学"}) {
            Plate plate = Plate.parse(raw);
            out.printf("   %-14s -> %s (%s)%n", "\"" + raw + "\"", plate.number(), plate.kind());
        }
        out.println("2. Vendor amounts converted exactly to fen:");
        for (String yuan : new String[] {"12.5", "0.01", "1999.99"}) {
            Money m = Money.parseYuan(yuan);
            out.printf("   \"%s\" yuan -> %d fen%n", yuan, m.fen());
        }
        out.println("Done.");
        return 0;
    }
}
