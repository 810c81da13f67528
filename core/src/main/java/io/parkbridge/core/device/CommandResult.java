package io.parkbridge.core.device;

/**
 * What a device (or the vendor cloud in front of it) answered to a command.
 *
 * @param accepted true if the command was accepted
 * @param reference the vendor's order or request id, empty if none
 * @param message the vendor's message, for the operator
 */
public record CommandResult(boolean accepted, String reference, String message) {
    public CommandResult {
        reference = reference == null ? "" : reference;
        message = message == null ? "" : message;
    }
}
