package io.parkbridge.core.fee;

import java.util.List;

/**
 * The receipt texts of a tariff's segment caps ("night cap 5.00"), made once per tariff rather
 * than once per quote: building them is string work that would otherwise be a good part of a
 * quote's cost.
 */
final class CapTexts {
    private final Tariff tariff;
    private final String[] texts;

    private CapTexts(Tariff tariff) {
        this.tariff = tariff;
        List<TimeSegment> segs = tariff.segmentsByStart();
        this.texts = new String[segs.size()];
        for (int i = 0; i < texts.length; i++) {
            TimeSegment seg = segs.get(i);
            texts[i] = seg.cap() == null ? "" : seg.name() + " cap " + seg.cap().toYuanString();
        }
    }

    /** {@code last} if it is for {@code tariff} (the same instance: tariffs are immutable), else new texts. */
    static CapTexts of(Tariff tariff, CapTexts last) {
        return last != null && last.tariff == tariff ? last : new CapTexts(tariff);
    }

    /** The text of segment {@code index} (by start time). */
    String segment(int index) {
        return texts[index];
    }
}
