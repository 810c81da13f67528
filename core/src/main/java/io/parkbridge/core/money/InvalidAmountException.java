package io.parkbridge.core.money;

/** A money amount from outside that cannot be held exactly in fen. */
public final class InvalidAmountException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String input;

    /**
     * @param input the rejected text
     * @param expected what was expected
     */
    public InvalidAmountException(String input, String expected) {
        super("invalid amount " + (input == null ? "null" : "\"" + input + "\"") + ": expected " + expected);
        this.input = input;
    }

    /** The rejected text, as given. */
    public String input() {
        return input;
    }
}
