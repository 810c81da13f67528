package io.parkbridge.protocol.bluecard.inbound;

/**
 * The answer to 4.28: {@code success} = open, {@code fail} = keep closed, {@code self} = let the
 * park decide. {@code reason} travels in {@code errorCode} (the examples carry it with every status).
 */
public record GateDecision(Kind kind, String reason) {
    /** The three answers of 4.28. */
    public enum Kind {
        OPEN("success"), REFUSE("fail"), PARK_DECIDES("self");

        private final String wire;

        Kind(String wire) {
            this.wire = wire;
        }

        /** The {@code status} value of the 4.28 reply. */
        public String wire() {
            return wire;
        }
    }

    public GateDecision {
        java.util.Objects.requireNonNull(kind, "kind");
        reason = reason == null ? "" : reason;
    }

    /** Open the gate ({@code success}). */
    public static GateDecision open(String reason) {
        return new GateDecision(Kind.OPEN, reason);
    }

    /** Keep the gate closed ({@code fail}). */
    public static GateDecision refuse(String reason) {
        return new GateDecision(Kind.REFUSE, reason);
    }

    /** Let the park's own rules decide ({@code self}). */
    public static GateDecision parkDecides(String reason) {
        return new GateDecision(Kind.PARK_DECIDES, reason);
    }
}
