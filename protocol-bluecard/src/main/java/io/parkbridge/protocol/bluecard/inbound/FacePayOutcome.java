package io.parkbridge.protocol.bluecard.inbound;

import io.parkbridge.protocol.bluecard.message.FacePay;
import java.util.Objects;

/** What the application says about a face-to-face payment (4.24) or its polling (4.25). */
public sealed interface FacePayOutcome {

    /** The payment went through. */
    record Paid(FacePay.PayContent payContent) implements FacePayOutcome {
        public Paid {
            Objects.requireNonNull(payContent, "payContent");
        }
    }

    /** A discount code was scanned instead of a payment code (4.24 scene 2). */
    record Discounted(FacePay.DiscountContent discountContent) implements FacePayOutcome {
        public Discounted {
            Objects.requireNonNull(discountContent, "discountContent");
        }
    }

    /** Accepted, the payer has not confirmed yet: answered {@code USERPAYING}, Bluecard polls 4.25. */
    record Paying() implements FacePayOutcome {
    }

    /** Refused or failed, with the reason for {@code errorCode}. */
    record Failed(String reason) implements FacePayOutcome {
        public Failed {
            reason = reason == null || reason.isBlank() ? "payment failed" : reason;
        }
    }
}
