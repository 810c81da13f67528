package io.parkbridge.protocol.welink.message;

import io.parkbridge.core.credential.CardNumbers;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * The {@code toString} of records that carry access-card numbers: the record's usual text, with
 * each card of the named (comma-separated list) components masked to its last four characters,
 * so a logged request or reply never shows a card that opens a door.
 */
final class MaskedText {
    private MaskedText() {
    }

    /** {@code Name[a=1, cardNumber=****1234,******5678, ...]}. */
    static String of(Record record, Set<String> cardComponents) {
        StringJoiner out = new StringJoiner(", ", record.getClass().getSimpleName() + "[", "]");
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            Object value;
            try {
                value = c.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                value = "?";
            }
            if (value != null && cardComponents.contains(c.getName())) {
                value = Passports.splitList(value.toString()).stream().map(CardNumbers::mask)
                        .collect(Collectors.joining(","));
            }
            out.add(c.getName() + "=" + value);
        }
        return out.toString();
    }
}
