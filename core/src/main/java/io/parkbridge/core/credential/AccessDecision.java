package io.parkbridge.core.credential;

import java.util.Objects;

/**
 * The answer to "may this plate park here now, and on what terms".
 *
 * @param outcome what applies
 * @param reference the pass id for {@link Outcome#PASS}; empty otherwise
 * @param reason the list entry's reason for list outcomes; empty otherwise
 */
public record AccessDecision(Outcome outcome, String reference, String reason) {

    /** What applies to the plate, in order of precedence. */
    public enum Outcome {
        /** On the black list: entry refused, whatever else applies. */
        REFUSED_BLACK_LIST,
        /** A valid pass for this area: free. */
        PASS,
        /** On the white list: free. */
        WHITE_LIST,
        /** Nothing special: a visitor, billed by the tariff. */
        VISITOR
    }

    public AccessDecision {
        Objects.requireNonNull(outcome, "outcome");
        reference = reference == null ? "" : reference;
        reason = reason == null ? "" : reason;
    }

    /** True unless the plate is refused. */
    public boolean allowed() {
        return outcome != Outcome.REFUSED_BLACK_LIST;
    }

    /** True if the plate parks free at this moment (pass or white list). */
    public boolean free() {
        return outcome == Outcome.PASS || outcome == Outcome.WHITE_LIST;
    }
}
