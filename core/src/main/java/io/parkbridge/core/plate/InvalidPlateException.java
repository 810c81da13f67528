package io.parkbridge.core.plate;

/** A plate number that is not a valid mainland plate; the message says what was expected. */
public final class InvalidPlateException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * @param input the rejected text (shortened in the message when long)
     * @param expected what was expected
     */
    public InvalidPlateException(String input, String expected) {
        super("invalid plate " + (input == null ? "null" : "\"" + shorten(input) + "\"") + ": expected " + expected);
    }

    /** Keeps messages short when the input is long garbage. */
    private static String shorten(String input) {
        return input.length() <= 40 ? input : input.substring(0, 40) + "…(" + input.length() + " chars)";
    }
}
