package io.parkbridge.adapter.cli;

/**
 * A usage error found after parsing (a bad option value, a missing secret): exit status 2.
 * The message is one line that names the option and what was expected.
 */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message, null, false, false);
    }
}
