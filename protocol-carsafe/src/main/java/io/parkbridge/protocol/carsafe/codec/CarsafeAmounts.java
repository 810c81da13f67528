package io.parkbridge.protocol.carsafe.codec;

import com.fasterxml.jackson.databind.JsonNode;
import io.parkbridge.core.money.InvalidAmountException;
import io.parkbridge.core.money.Money;
import io.parkbridge.protocol.support.error.MalformedMessageException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Reads amounts exactly: strings and JSON numbers alike, never through {@code double}, in a unit
 * chosen per field (default yuan). The Mallcoo fields of 11.14/11.15 default to fen.
 */
public final class CarsafeAmounts {
    private static final String VENDOR = "carsafe";
    private final Map<String, MoneyUnit> units;
    private final MoneyUnit defaultUnit;

    private CarsafeAmounts(Map<String, MoneyUnit> units, MoneyUnit defaultUnit) {
        this.units = Map.copyOf(units);
        this.defaultUnit = defaultUnit;
    }

    /** Yuan everywhere except the Mallcoo (猫酷) amounts, which the document gives in fen. */
    public static CarsafeAmounts defaults() {
        Map<String, MoneyUnit> m = new HashMap<>();
        for (String f : new String[] {"freeAmount", "totalAmount", "unPayAmount", "deductionAmount", "paidAmount"}) {
            m.put(f, MoneyUnit.FEN);
        }
        return new CarsafeAmounts(m, MoneyUnit.YUAN);
    }

    /** A copy with {@code field} read in {@code unit}. */
    public CarsafeAmounts with(String field, MoneyUnit unit) {
        Map<String, MoneyUnit> m = new HashMap<>(units);
        m.put(Objects.requireNonNull(field, "field"), Objects.requireNonNull(unit, "unit"));
        return new CarsafeAmounts(m, defaultUnit);
    }

    /** The unit {@code field} is read in. */
    public MoneyUnit unitOf(String field) {
        return units.getOrDefault(field, defaultUnit);
    }

    /** The amount in {@code data.field}, in that field's unit. */
    public Money read(JsonNode data, String field) {
        JsonNode node = data == null ? null : data.get(field);
        if (node == null || node.isNull()) {
            throw new MalformedMessageException(VENDOR, field, "an amount, got nothing", null);
        }
        return read(node, unitOf(field), field);
    }

    /** Reads one amount node (string or number) exactly. */
    public static Money read(JsonNode node, MoneyUnit unit, String field) {
        String text;
        if (node.isTextual()) {
            text = node.asText().strip();
        } else if (node.isNumber()) {
            text = node.isBigDecimal() ? node.decimalValue().toPlainString() : node.numberValue().toString();
        } else {
            throw new MalformedMessageException(VENDOR, field, "an amount as a string or number", null);
        }
        try {
            if (unit == MoneyUnit.FEN) {
                return Money.parseFen(text);
            }
            // Examples write "120.0" and "1600.0": accept trailing zeros beyond two decimals, nothing else.
            BigDecimal exact = new BigDecimal(text);
            BigDecimal fen = exact.movePointRight(2);
            if (fen.stripTrailingZeros().scale() > 0) {
                throw new MalformedMessageException(VENDOR, field, "a yuan amount with at most two decimals", null);
            }
            return Money.ofFen(fen.longValueExact());
        } catch (NumberFormatException | ArithmeticException | InvalidAmountException e) {
            throw new MalformedMessageException(VENDOR, field, "an amount in " + unit.name().toLowerCase(java.util.Locale.ROOT)
                    + " such as " + (unit == MoneyUnit.FEN ? "1250" : "12.50"), null);
        }
    }
}
