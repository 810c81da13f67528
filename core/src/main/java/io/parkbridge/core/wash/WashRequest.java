package io.parkbridge.core.wash;

import io.parkbridge.core.credential.CardNumbers;
import io.parkbridge.core.plate.Plate;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A machine asks whether to serve a customer.
 *
 * @param requestedAt when the machine asked
 * @param deviceId the machine (the platform's iotId)
 * @param type how the session was started
 * @param cardNumber the card swiped, empty for plate recognition
 * @param plate the plate recognised, if any
 */
public record WashRequest(Instant requestedAt, String deviceId, WashRequestType type, String cardNumber,
        Optional<Plate> plate) {
    public WashRequest {
        Objects.requireNonNull(requestedAt, "requestedAt");
        if (deviceId == null || deviceId.isBlank()) {
            throw new IllegalArgumentException("deviceId: expected the machine id");
        }
        Objects.requireNonNull(type, "type");
        cardNumber = cardNumber == null ? "" : cardNumber;
        Objects.requireNonNull(plate, "plate");
        if (type != WashRequestType.CAR_PLATE && cardNumber.isBlank()) {
            throw new IllegalArgumentException("cardNumber: expected a card number for " + type);
        }
        if (type == WashRequestType.CAR_PLATE && plate.isEmpty()) {
            throw new IllegalArgumentException("plate: expected a plate for CAR_PLATE");
        }
    }

    @Override
    public String toString() {
        return "WashRequest[requestedAt=" + requestedAt + ", deviceId=" + deviceId + ", type=" + type
                + ", cardNumber=" + CardNumbers.mask(cardNumber) + ", plate=" + plate + "]";
    }
}
