package io.parkbridge.protocol.washer.inbound;

import io.parkbridge.core.credential.CardNumbers;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * The platform's "active request" (card swipe, plate recognised, purifier card swipe), with the
 * platform's field names.
 *
 * @param callTime when the platform sent it (epoch milliseconds)
 * @param iotId the machine id
 * @param callType CARD_WASH, CAR_PLATE or WP1_SWIPE_CARD (kept raw: unknown types are refused, not failed)
 * @param cardNum the card, for CARD_WASH and WP1_SWIPE_CARD
 * @param carPlateNum the plate, for CAR_PLATE
 */
public record ActiveRequest(@NotNull Long callTime, @NotNull @Positive Long iotId, @NotBlank String callType,
        String cardNum, String carPlateNum) {

    /** The card number is masked: it must not reach logs. */
    @Override
    public String toString() {
        return "ActiveRequest[callTime=" + callTime + ", iotId=" + iotId + ", callType=" + callType + ", cardNum="
                + (cardNum == null ? null : CardNumbers.mask(cardNum)) + ", carPlateNum=" + carPlateNum + "]";
    }
}
