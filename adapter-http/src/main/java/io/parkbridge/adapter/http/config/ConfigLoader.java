package io.parkbridge.adapter.http.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.parkbridge.protocol.support.validation.MessageValidator;
import jakarta.validation.ConstraintViolation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;

/**
 * Reads, resolves and validates the configuration. {@code ${NAME}} and {@code ${NAME:-default}}
 * in any string value are replaced from the environment (so secrets stay out of the file); an
 * unset variable without default is an error naming the key. Every problem is reported at once,
 * each naming its key and what was expected; nothing starts on an invalid file.
 */
public final class ConfigLoader {
    private static final java.util.regex.Pattern ENV_REF = java.util.regex.Pattern
            .compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}");

    private final Function<String, String> env;

    public ConfigLoader(Function<String, String> env) {
        this.env = env;
    }

    /** A loader reading the process environment. */
    public static ConfigLoader fromEnvironment() {
        return new ConfigLoader(System::getenv);
    }

    /** The documented embedded defaults (no file). */
    public static ParkBridgeConfig defaults() {
        ParkBridgeConfig c = new ParkBridgeConfig();
        List<String> errors = validate(c);
        if (!errors.isEmpty()) {
            throw new ConfigException("(defaults)", errors);
        }
        return c;
    }

    /** Loads {@code file}: {@code .json} as JSON, anything else as YAML. */
    public ParkBridgeConfig load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ConfigException(file.toString(), List.of("(file): expected a readable file, got "
                    + e.getClass().getSimpleName()));
        }
        boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        return parse(text, json, file.toString());
    }

    /** Parses configuration text. */
    public ParkBridgeConfig parse(String text, boolean json, String source) {
        ObjectMapper mapper = (json ? JsonMapper.builder() : YAMLMapper.builder())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
        JsonNode tree;
        try {
            tree = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new ConfigException(source, List.of("(syntax): expected valid " + (json ? "JSON" : "YAML") + where));
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            tree = mapper.createObjectNode();
        }
        if (!tree.isObject()) {
            throw new ConfigException(source, List.of("(root): expected a mapping of sections"));
        }
        List<String> errors = new ArrayList<>();
        resolveEnv(tree, "", errors);
        if (!errors.isEmpty()) {
            throw new ConfigException(source, errors);
        }
        ParkBridgeConfig config;
        try {
            config = mapper.treeToValue(tree, ParkBridgeConfig.class);
        } catch (JsonProcessingException e) {
            throw new ConfigException(source, List.of(describe(e)));
        }
        if (config == null) {
            config = new ParkBridgeConfig();
        }
        errors.addAll(validate(config));
        if (!errors.isEmpty()) {
            throw new ConfigException(source, errors);
        }
        return config;
    }

    private void resolveEnv(JsonNode node, String path, List<String> errors) {
        if (node instanceof ObjectNode obj) {
            for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                String key = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                if (e.getValue().isTextual()) {
                    e.setValue(new TextNode(substitute(e.getValue().asText(), key, errors)));
                } else {
                    resolveEnv(e.getValue(), key, errors);
                }
            }
        } else if (node instanceof ArrayNode arr) {
            for (int i = 0; i < arr.size(); i++) {
                String key = path + "[" + i + "]";
                if (arr.get(i).isTextual()) {
                    arr.set(i, new TextNode(substitute(arr.get(i).asText(), key, errors)));
                } else {
                    resolveEnv(arr.get(i), key, errors);
                }
            }
        }
    }

    private String substitute(String value, String key, List<String> errors) {
        Matcher m = ENV_REF.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = env.apply(m.group(1));
            if (v == null) {
                v = m.group(2);
            }
            if (v == null) {
                errors.add(key + ": expected environment variable " + m.group(1) + " to be set (or write ${"
                        + m.group(1) + ":-default})");
                v = "";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String describe(JsonProcessingException e) {
        String path = e instanceof JsonMappingException jm ? pathOf(jm) : "(unknown)";
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = new ArrayList<>();
            u.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
            known.sort(null);
            return path + ": unknown key; expected one of " + known;
        }
        if (e instanceof InvalidFormatException f) {
            return path + ": expected a value of type " + f.getTargetType().getSimpleName().toLowerCase(Locale.ROOT)
                    + ", got " + (isSecretKey(path) ? "****" : String.valueOf(f.getValue()));
        }
        if (isSecretKey(path)) { // Jackson's message quotes the value: a secret in the wrong shape
            return path + ": expected a different shape of value";
        }
        return path + ": expected a different shape of value (" + e.getOriginalMessage().split("\n")[0] + ")";
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? "(root)" : sb.toString();
    }

    /**
     * Validates a configuration built or changed in code (the server does this before it
     * starts): every problem, each naming its key and the expected value.
     *
     * @throws ConfigException if anything is invalid
     */
    public static void check(ParkBridgeConfig config, String source) {
        List<String> errors = validate(config);
        if (!errors.isEmpty()) {
            throw new ConfigException(source, errors);
        }
    }

    static List<String> validate(ParkBridgeConfig c) {
        List<String> errors = new ArrayList<>();
        for (ConstraintViolation<ParkBridgeConfig> v : MessageValidator.validator().validate(c)) {
            String key = keyOf(v.getPropertyPath());
            Object bad = v.getInvalidValue();
            String got = isSecretKey(key) ? "****" : bad instanceof String str ? maskUrlPassword(str)
                    : bad instanceof Number ? String.valueOf(bad)
                    : bad == null ? "nothing" : "(a " + bad.getClass().getSimpleName() + ")";
            errors.add(key + ": " + v.getMessage() + ", got " + got);
        }
        try {
            ZoneId.of(c.server.zone);
        } catch (DateTimeException | NullPointerException e) {
            errors.add("server.zone: expected a time-zone id such as Asia/Shanghai, got " + c.server.zone);
        }
        if (c.delivery.maxBackoffMillis < c.delivery.initialBackoffMillis) {
            errors.add("delivery.maxBackoffMillis: expected at least delivery.initialBackoffMillis ("
                    + c.delivery.initialBackoffMillis + "), got " + c.delivery.maxBackoffMillis);
        }
        if (c.webhook != null && c.webhook.maxBackoffMillis < c.webhook.initialBackoffMillis) {
            errors.add("webhook.maxBackoffMillis: expected at least webhook.initialBackoffMillis ("
                    + c.webhook.initialBackoffMillis + "), got " + c.webhook.maxBackoffMillis);
        }
        vendorChecks(c, errors);
        tariffChecks(c, errors);
        errors.sort(null);
        return errors;
    }

    /** "vendors.bluecard.pathToken", "tariffs[0].unitPrice": the key as written in the file. */
    private static String keyOf(jakarta.validation.Path path) {
        StringBuilder sb = new StringBuilder();
        for (jakarta.validation.Path.Node n : path) {
            if (n.isInIterable()) {
                if (n.getIndex() != null) {
                    sb.append('[').append(n.getIndex()).append(']');
                } else if (n.getKey() != null) {
                    sb.append('.').append(n.getKey());
                }
            }
            String name = n.getName();
            if (name != null && !name.startsWith("<")) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(name);
            }
        }
        return sb.toString();
    }

    /** Each tariff must build a core tariff; ids must be unique. */
    private static void tariffChecks(ParkBridgeConfig c, List<String> errors) {
        if (c.tariffs == null || errors.stream().anyMatch(e -> e.startsWith("tariffs") || e.startsWith("server.zone"))) {
            return; // field errors first
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        java.util.Map<String, ParkBridgeConfig.Tariff> byId = new java.util.HashMap<>();
        c.tariffs.forEach(t -> {
            if (t != null) {
                byId.putIfAbsent(t.id, t);
            }
        });
        for (int i = 0; i < c.tariffs.size(); i++) {
            ParkBridgeConfig.Tariff t = c.tariffs.get(i);
            if (t == null) {
                continue;
            }
            if (!ids.add(t.id)) {
                errors.add("tariffs[" + i + "].id: expected a unique id, got " + t.id + " twice");
            }
            try {
                TariffMapper.map(t, "tariffs[" + i + "]", ZoneId.of(c.server.zone), byId);
            } catch (TariffMapper.InvalidTariff e) {
                errors.add(e.getMessage());
            } catch (IllegalArgumentException | NullPointerException e) {
                errors.add("tariffs[" + i + "]: expected a valid tariff (" + e.getMessage() + ")");
            }
        }
    }

    /** What each vendor's routes need before they can be mounted. */
    private static void vendorChecks(ParkBridgeConfig c, List<String> errors) {
        if (c.vendors == null) {
            return;
        }
        ParkBridgeConfig.Vendor carsafe = c.vendors.get("carsafe");
        if (carsafe != null && carsafe.enabled && carsafe.keys != null
                && (carsafe.keys.get("default") == null || carsafe.keys.get("default").isBlank())) {
            errors.add("vendors.carsafe.keys.default: expected the signing key Chean uses (per-family or"
                    + " per-interface keys may be added as keys.report, keys.13.9 ...), got nothing");
        }
        ParkBridgeConfig.Vendor bluecard = c.vendors.get("bluecard");
        if (bluecard != null && bluecard.enabled && bluecard.keys != null && bluecard.keys.isEmpty()) {
            errors.add("vendors.bluecard.keys: expected at least one entry parkNumber: key, got nothing");
        }
        ParkBridgeConfig.Vendor washer = c.vendors.get("washer");
        if (washer != null && washer.enabled && c.washer != null && c.washer.schemes != null) {
            boolean hasDefault = c.washer.schemes.stream()
                    .anyMatch(s -> s != null && String.valueOf(c.washer.defaultScheme).equals(s.id));
            if (!hasDefault) {
                errors.add("washer.schemes: expected a scheme with id " + c.washer.defaultScheme
                        + " (washer.defaultScheme) and its price, got none");
            }
            if (c.washer.waterVolumeMl % 100 != 0) {
                errors.add("washer.waterVolumeMl: expected a multiple of 100, got " + c.washer.waterVolumeMl);
            }
        }
    }

    /** A rejected value such as a JDBC URL may carry {@code password=...}: never echo it. */
    private static String maskUrlPassword(String value) {
        return value.replaceAll("(?i)(password=)[^&;]*", "$1****");
    }

    private static boolean isSecretKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.contains("secret") || k.contains("password") || k.contains("token") || k.contains("keys");
    }
}
