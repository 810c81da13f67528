package io.parkbridge.core.credential;

/** Masking of card numbers for logs and messages. */
public final class CardNumbers {
    private CardNumbers() {
    }

    /** "6222021234567890" becomes "************7890"; four characters or fewer become "****". */
    public static String mask(String cardNumber) {
        if (cardNumber == null) {
            return "null";
        }
        int n = cardNumber.length();
        if (n <= 4) {
            return "****";
        }
        return "*".repeat(n - 4) + cardNumber.substring(n - 4);
    }
}
