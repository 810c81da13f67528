package io.parkbridge.adapter.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parkbridge.protocol.support.json.JsonMappers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import picocli.CommandLine.Option;

/** The {@code --data} and {@code --url} options of the {@code call} verbs. */
final class RequestData {
    @Option(names = "--data", paramLabel = "JSON|@FILE|-",
            description = "The request's business fields as JSON: inline, @FILE, or - for standard input.")
    String data;

    /** The JSON given, or null when none. */
    JsonNode json(CliContext ctx) {
        if (data == null) {
            return null;
        }
        String text;
        if (data.equals("-")) {
            text = Stdin.readText(ctx, "request JSON");
        } else if (data.startsWith("@")) {
            try {
                text = Files.readString(ctx.workDir().resolve(data.substring(1)), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read --data file " + data.substring(1), e);
            }
        } else {
            text = data;
        }
        try {
            return JsonMappers.lenient().readTree(text);
        } catch (JsonProcessingException e) {
            throw new UsageException("--data: expected JSON, " + e.getOriginalMessage());
        }
    }

    /** The JSON converted to {@code type} (unknown fields refused), or null when none was given. */
    <T> T as(CliContext ctx, Class<T> type, ObjectMapper mapper) {
        JsonNode node = json(ctx);
        if (node == null || type == Void.class) {
            return null;
        }
        try {
            // Unknown fields are refused: a misspelt field name must not be dropped silently.
            return mapper.copy().enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String msg = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new UsageException("--data: does not fit " + type.getSimpleName() + ": " + msg);
        }
    }

    /** Refuses anything but a loopback http(s) URL unless {@code --allow-remote} style consent exists elsewhere. */
    static String url(String option, String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
                throw new IllegalArgumentException("not absolute");
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": expected an http(s) URL such as http://127.0.0.1:8080, got '" + url + "'");
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
