package io.parkbridge.adapter.http.config;

import java.util.List;

/** The configuration is invalid; {@link #errors()} lists each problem as "key: expected ..., got ...". */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> errors;

    public ConfigException(String source, List<String> errors) {
        super("invalid configuration " + source + ":\n  " + String.join("\n  ", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
