package io.parkbridge.protocol.support.validation;

import io.parkbridge.protocol.support.error.MalformedMessageException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Runs the jakarta.validation constraints declared on vendor messages and turns one violation
 * (the first by property path in alphabetical order, so the choice is stable) into a
 * {@link MalformedMessageException} naming the field and what was expected. The message never
 * includes the rejected value (it may be a secret or a card number).
 */
public final class MessageValidator {
    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    private MessageValidator() {
    }

    /** Returns {@code message} if valid; throws {@link MalformedMessageException} otherwise. */
    public static <T> T requireValid(String vendor, T message) {
        if (message == null) {
            throw new MalformedMessageException(vendor, "", "a message, got nothing", null);
        }
        Set<ConstraintViolation<T>> violations = VALIDATOR.validate(message);
        if (violations.isEmpty()) {
            return message;
        }
        ConstraintViolation<T> first = violations.stream()
                .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .orElseThrow();
        throw new MalformedMessageException(vendor, first.getPropertyPath().toString(), first.getMessage(), null);
    }

    /** The shared validator, for callers that want every violation. */
    public static Validator validator() {
        return VALIDATOR;
    }
}
