package io.parkbridge.protocol.bluecard.inbound;

import io.parkbridge.core.money.Money;
import io.parkbridge.protocol.bluecard.BluecardMoney;
import io.parkbridge.protocol.bluecard.message.FacePay;
import io.parkbridge.protocol.bluecard.message.FacePayCancel;
import io.parkbridge.protocol.bluecard.message.FacePayPoll;
import io.parkbridge.protocol.bluecard.message.LanePayment;
import io.parkbridge.protocol.bluecard.message.OpenGate;
import io.parkbridge.protocol.bluecard.message.PreExitFee;
import io.parkbridge.protocol.bluecard.message.QrCodeRequest;
import io.parkbridge.protocol.bluecard.message.QrPaymentQuery;
import java.util.List;
import java.util.Optional;

/**
 * The decisions only the application can take, for the pushes that ask a question (4.13, 4.16,
 * 4.17, 4.24-4.28). Record pushes (entries, exits, charges…) need no code here: they reach the
 * core {@code Inbox} as events. Every default is the safe answer for an application that does
 * not offer the feature. Implementations must be quick (Bluecard waits synchronously) and must
 * not throw for ordinary refusals; a thrown exception is answered {@code fail}.
 */
public interface BluecardApplication {

    /**
     * 4.13: by default accept the park's own calculation unchanged: receivable = its
     * {@code payCharge}, already paid = its {@code onLineCharge + offLineCharge}.
     */
    default PreExitFee.Answer preExitFee(PreExitFee.Request request) {
        Money paid = BluecardMoney.yuan("onLineCharge", request.onLineCharge())
                .plus(BluecardMoney.yuan("offLineCharge", request.offLineCharge()));
        return new PreExitFee.Answer(request.payCharge(), BluecardMoney.toYuan(paid), "", null, List.of());
    }

    /** 4.16: a debit agreement or a QR code; by default refused (no payment provider). */
    default Optional<QrCodeRequest.Answer> qrCode(QrCodeRequest.Request request) {
        return Optional.empty();
    }

    /** 4.17: the payment of a QR code when paid; empty while unpaid (answered {@code fail}). */
    default Optional<QrPaymentQuery.Answer> qrPayment(QrPaymentQuery.Request request) {
        return Optional.empty();
    }

    /**
     * 4.24: collect with the scanned {@code authCode}. Called at most once per {@code outTradeNo};
     * a repeated 4.24 for the same order is answered from the first outcome, never charged twice.
     */
    default FacePayOutcome facePay(FacePay.Request request) {
        return new FacePayOutcome.Failed("face-to-face payment is not offered");
    }

    /** 4.25: how the payment of {@code outTradeNo} stands now (Bluecard polls every second). */
    default FacePayOutcome facePayStatus(FacePayPoll.Request request) {
        return new FacePayOutcome.Failed("unknown order");
    }

    /** 4.26: polling timed out; void the order so a late confirmation is refunded, not kept. */
    default void facePayCancelled(FacePayCancel.Request request) {
    }

    /** 4.27: debit {@code payCharge} for {@code plate} (already URL-decoded); true when done. */
    default boolean lanePayment(LanePayment.Request request, String plate) {
        return false;
    }

    /** 4.28: open the gate? By default the park decides. */
    default GateDecision openGate(OpenGate.Request request) {
        return GateDecision.parkDecides("");
    }
}
