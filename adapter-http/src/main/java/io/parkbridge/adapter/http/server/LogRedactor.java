package io.parkbridge.adapter.http.server;

import io.parkbridge.protocol.support.crypto.Redactor;
import io.parkbridge.protocol.support.crypto.Secret;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans text before it reaches a log: known secrets become {@code ****} and anything that looks
 * like a card number (a run of 12 to 19 digits) keeps only its last four digits.
 */
public final class LogRedactor {
    private static final Pattern CARD_LIKE = Pattern.compile("(?<![0-9])[0-9]{8,15}([0-9]{4})(?![0-9])");

    private final Redactor secrets;

    private LogRedactor(Redactor secrets) {
        this.secrets = secrets;
    }

    /** A redactor for these secrets (plus card-number masking). */
    public static LogRedactor of(Collection<Secret> secrets) {
        return new LogRedactor(Redactor.of(secrets));
    }

    /** Masks card numbers only. */
    public static LogRedactor cardsOnly() {
        return of(List.of());
    }

    /** {@code text} with secrets and card numbers masked. */
    public String clean(String text) {
        if (text == null) {
            return null;
        }
        String out = secrets.redact(text);
        Matcher m = CARD_LIKE.matcher(out);
        return m.replaceAll(r -> "****" + r.group(1));
    }
}
