package io.parkbridge.adapter.cli;

import io.parkbridge.core.fee.AppliedDiscount;
import io.parkbridge.core.fee.Coupon;
import io.parkbridge.core.fee.EntryRefusedException;
import io.parkbridge.core.fee.FeeEngine;
import io.parkbridge.core.fee.FeeLine;
import io.parkbridge.core.fee.FeeQuote;
import io.parkbridge.core.fee.Stay;
import io.parkbridge.core.fee.Tariff;
import io.parkbridge.core.fee.VehicleClass;
import io.parkbridge.core.money.InvalidAmountException;
import io.parkbridge.core.money.Money;
import io.parkbridge.core.plate.InvalidPlateException;
import io.parkbridge.core.plate.Plate;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parkbridge fee quote}: the core fee engine on a tariff file, with its full breakdown. */
@Command(name = "fee", mixinStandardHelpOptions = true, description = "Parking fees with the core engine.",
        subcommands = {FeeCommand.Quote.class})
final class FeeCommand {

    @Command(name = "quote", mixinStandardHelpOptions = true,
            description = {"Quote a stay under a tariff file (JSON or YAML) and print the breakdown.",
                    "Times: 'yyyy-MM-dd HH:mm[:ss]' in the tariff's zone, or ISO with an offset (2026-03-01T08:00+08:00)."})
    static final class Quote extends CliCommand {
        private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");
        private static final DateTimeFormatter SHOW = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

        @Option(names = "--tariff", paramLabel = "FILE", required = true, description = "The tariff (.json, .yaml or .yml).")
        Path tariffFile;

        @Option(names = "--entry", paramLabel = "T", required = true, description = "When the vehicle entered.")
        String entry;

        @Option(names = "--exit", paramLabel = "T", required = true, description = "When it leaves (the quote's moment).")
        String exit;

        @Option(names = "--class", paramLabel = "C",
                description = "Vehicle class: SMALL, LARGE, NEW_ENERGY, MOTORCYCLE, OTHER (default: from --plate, else SMALL).")
        String vehicleClass;

        @Option(names = "--plate", paramLabel = "PLATE", description = "The plate (shown, and picks the class when --class is absent).")
        String plate;

        @Option(names = "--paid", paramLabel = "AMOUNT", description = "Already paid, in yuan (e.g. 5.00).")
        String paid;

        @Option(names = "--paid-at", paramLabel = "T", description = "When it was paid (starts the grace period).")
        String paidAt;

        @Option(names = "--discounted", paramLabel = "AMOUNT", description = "Already discounted by the vendor, in yuan.")
        String discounted;

        @Option(names = "--coupon", paramLabel = "[CODE=]KIND[:VALUE]",
                description = {"A coupon; repeat for several. KIND: amount:YUAN, minutes:N, percent:N, free.",
                        "E.g. --coupon amount:5.00 --coupon C7=percent:20"})
        List<String> coupons = new ArrayList<>();

        @Option(names = "--json", description = "Print the quote as JSON (amounts as yuan strings).")
        boolean json;

        @Override
        public Integer call() {
            Tariff tariff;
            try {
                tariff = TariffFile.load(ctx().workDir().resolve(tariffFile));
            } catch (TariffFile.TariffFileException e) {
                throw new UsageException("--tariff " + tariffFile + ": " + e.getMessage());
            }
            ZoneId zone = tariff.zone();
            Instant in = instant("--entry", entry, zone);
            Instant out = instant("--exit", exit, zone);
            if (out.isBefore(in)) {
                throw new UsageException("--exit: expected at or after --entry, got " + exit);
            }
            Plate p = null;
            if (plate != null) {
                try {
                    p = Plate.parse(plate);
                } catch (InvalidPlateException e) {
                    throw new UsageException("--plate: " + e.getMessage());
                }
            }
            VehicleClass vc = vehicleClass != null ? classOf(vehicleClass)
                    : p != null ? VehicleClass.fromPlate(p) : VehicleClass.SMALL;
            Stay stay = new Stay(in, out, vc, p, null, yuan("--paid", paid), yuan("--discounted", discounted),
                    paidAt == null ? null : instant("--paid-at", paidAt, zone), parseCoupons(coupons), List.of(),
                    List.of());
            FeeQuote quote;
            try {
                quote = new FeeEngine().quote(tariff, stay);
            } catch (EntryRefusedException e) {
                throw new IllegalStateException("entry refused: " + e.getMessage(), e);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            if (json) {
                printJson(toJson(tariff, stay, quote));
            } else {
                print(tariff, stay, quote);
            }
            return 0;
        }

        private void print(Tariff tariff, Stay stay, FeeQuote q) {
            ZoneId zone = tariff.zone();
            var o = out();
            o.printf("Tariff   %s (%s)%n", tariff.name(), zone);
            o.printf("Stay     %s -> %s (%s), class %s%s%n", SHOW.format(q.entry().atZone(zone)),
                    SHOW.format(q.exit().atZone(zone)), human(Duration.between(q.entry(), q.exit())), stay.vehicleClass(),
                    stay.plate() == null ? "" : ", plate " + stay.plate().number());
            if (q.lines().isEmpty()) {
                o.println("Lines    (none billed)");
            } else {
                o.println("Lines");
                for (FeeLine l : q.lines()) {
                    o.printf("  %-22s %s -> %s  %4d x %8s = %9s%s%n", ruleOf(l), SHOW.format(l.from().atZone(zone)),
                            SHOW.format(l.to().atZone(zone)), l.units(), l.unitPrice().toYuanString(),
                            l.subtotal().toYuanString(), l.capReduction().isZero() ? ""
                                    : "  (" + l.capRule() + " -" + l.capReduction().toYuanString() + ")");
                }
            }
            o.printf("Gross            %10s%n", q.gross().toYuanString());
            for (AppliedDiscount d : q.discounts()) {
                o.printf("Discount         %10s  %s%s%s%n", "-" + d.amount().toYuanString(), d.kind(),
                        d.reference().isEmpty() ? "" : " " + d.reference(),
                        d.description().isEmpty() ? "" : ": " + d.description());
            }
            if (!q.alreadyPaid().isZero()) {
                o.printf("Already paid     %10s%n", "-" + q.alreadyPaid().toYuanString());
            }
            if (!q.alreadyDiscounted().isZero()) {
                o.printf("Already discounted %8s%n", "-" + q.alreadyDiscounted().toYuanString());
            }
            o.printf("Payable          %10s yuan%n", q.payable().toYuanString());
            for (String n : q.notes()) {
                o.println("Note     " + n);
            }
        }

        /** "night", or "night, 29 days" for a line standing for that many alike days. */
        static String ruleOf(FeeLine l) {
            return l.repeats() == 1 ? l.rule() : l.rule() + ", " + l.repeats() + " days";
        }

        private static Map<String, Object> toJson(Tariff tariff, Stay stay, FeeQuote q) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("tariff", tariff.name());
            m.put("zone", tariff.zone().getId());
            m.put("entry", q.entry().atZone(tariff.zone()).toOffsetDateTime().toString());
            m.put("exit", q.exit().atZone(tariff.zone()).toOffsetDateTime().toString());
            m.put("minutes", minutes(q.entry(), q.exit()));
            m.put("vehicleClass", stay.vehicleClass().name());
            if (stay.plate() != null) {
                m.put("plate", stay.plate().number());
            }
            List<Map<String, Object>> lines = new ArrayList<>();
            for (FeeLine l : q.lines()) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("rule", l.rule());
                line.put("from", l.from().atZone(tariff.zone()).toOffsetDateTime().toString());
                line.put("to", l.to().atZone(tariff.zone()).toOffsetDateTime().toString());
                line.put("units", l.units());
                line.put("unitPrice", l.unitPrice().toYuanString());
                line.put("subtotal", l.subtotal().toYuanString());
                line.put("capReduction", l.capReduction().toYuanString());
                line.put("capRule", l.capRule());
                line.put("repeats", l.repeats());
                lines.add(line);
            }
            m.put("lines", lines);
            m.put("gross", q.gross().toYuanString());
            List<Map<String, Object>> discounts = new ArrayList<>();
            for (AppliedDiscount d : q.discounts()) {
                Map<String, Object> dm = new LinkedHashMap<>();
                dm.put("kind", d.kind());
                dm.put("reference", d.reference());
                dm.put("amount", d.amount().toYuanString());
                dm.put("description", d.description());
                discounts.add(dm);
            }
            m.put("discounts", discounts);
            m.put("alreadyPaid", q.alreadyPaid().toYuanString());
            m.put("alreadyDiscounted", q.alreadyDiscounted().toYuanString());
            m.put("payable", q.payable().toYuanString());
            m.put("payableFen", q.payable().fen());
            m.put("notes", q.notes());
            return m;
        }

        static Instant instant(String option, String raw, ZoneId zone) {
            String s = raw.trim();
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException ignored) {
                // not ISO with an offset: try local forms in the tariff's zone
            }
            try {
                return ZonedDateTime.parse(s).toInstant();
            } catch (DateTimeParseException ignored) {
                // fall through
            }
            for (String candidate : new String[] {s, s.replace('T', ' ')}) {
                try {
                    return LocalDateTime.parse(candidate, LOCAL).atZone(zone).toInstant();
                } catch (DateTimeParseException ignored) {
                    // next form
                }
            }
            throw new UsageException(option + ": expected 'yyyy-MM-dd HH:mm[:ss]' (in " + zone
                    + ") or ISO with an offset such as 2026-03-01T08:00+08:00, got '" + raw + "'");
        }

        private static Money yuan(String option, String raw) {
            if (raw == null) {
                return Money.ZERO;
            }
            try {
                Money m = Money.parseYuan(raw);
                if (m.isNegative()) {
                    throw new UsageException(option + ": expected zero or more, got " + raw);
                }
                return m;
            } catch (InvalidAmountException e) {
                throw new UsageException(option + ": " + e.getMessage());
            }
        }

        private static VehicleClass classOf(String raw) {
            try {
                return TariffFile.vehicleClass(raw, "--class");
            } catch (TariffFile.TariffFileException e) {
                throw new UsageException(e.getMessage());
            }
        }

        static List<Coupon> parseCoupons(List<String> specs) {
            List<Coupon> result = new ArrayList<>();
            int n = 0;
            for (String spec : specs) {
                n++;
                String code = "coupon" + n;
                String rest = spec;
                int eq = spec.indexOf('=');
                if (eq > 0) {
                    code = spec.substring(0, eq);
                    rest = spec.substring(eq + 1);
                }
                int colon = rest.indexOf(':');
                String kind = (colon < 0 ? rest : rest.substring(0, colon)).toLowerCase(Locale.ROOT);
                String value = colon < 0 ? null : rest.substring(colon + 1);
                try {
                    result.add(switch (kind) {
                        case "free" -> new Coupon.FreeOfCharge(code);
                        case "amount" -> new Coupon.AmountOff(code, Money.parseYuan(required(value, spec)));
                        case "minutes" -> new Coupon.MinutesOff(code, Long.parseLong(required(value, spec)));
                        case "percent" -> new Coupon.PercentOff(code, Integer.parseInt(required(value, spec)));
                        default -> throw new IllegalArgumentException("unknown kind '" + kind + "'");
                    });
                } catch (IllegalArgumentException e) {
                    throw new UsageException("--coupon " + spec + ": expected [CODE=]amount:YUAN, minutes:N, percent:N"
                            + " or free (" + e.getMessage() + ")");
                }
            }
            return result;
        }

        private static String required(String value, String spec) {
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException("missing value");
            }
            return value;
        }

        /** Whole minutes, a started minute counting (as the engine bills). */
        private static long minutes(Instant a, Instant b) {
            Duration d = Duration.between(a, b);
            long seconds = d.getSeconds() + (d.getNano() > 0 ? 1 : 0);
            return (seconds + 59) / 60;
        }

        private static String human(Duration d) {
            long m = minutes(Instant.EPOCH, Instant.EPOCH.plus(d));
            long days = m / (24 * 60);
            long hours = (m / 60) % 24;
            long mins = m % 60;
            StringBuilder sb = new StringBuilder();
            if (days > 0) {
                sb.append(days).append(" d ");
            }
            if (days > 0 || hours > 0) {
                sb.append(hours).append(" h ");
            }
            return sb.append(mins).append(" min").toString();
        }
    }
}
