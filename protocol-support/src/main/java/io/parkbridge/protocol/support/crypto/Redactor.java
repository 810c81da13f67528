package io.parkbridge.protocol.support.crypto;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Removes known secret values from text before it reaches a log or an exception message. */
public final class Redactor {
    private final List<String> secrets;

    private Redactor(List<String> secrets) {
        this.secrets = secrets;
    }

    /** A redactor for these secrets; values shorter than 4 characters are ignored (too common to mask). */
    public static Redactor of(Collection<Secret> secrets) {
        List<String> values = new ArrayList<>();
        for (Secret s : secrets) {
            if (s != null && s.length() >= 4) {
                values.add(s.reveal());
            }
        }
        values.sort(Comparator.comparingInt(String::length).reversed()); // longest first: no partial leaks
        return new Redactor(List.copyOf(values));
    }

    /** {@code text} with every occurrence of a secret replaced by {@code ****}. */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String s : secrets) {
            out = out.replace(s, "****");
        }
        return out;
    }
}
