package io.parkbridge.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates the bad-input corpus for one route from its valid payload: categories in round
 * robin, each variant drawn from a seeded {@link Random}, so a run is reproducible.
 */
final class Corpus {
    /** Categories whose every case must be refused. The others must never fail, store on refusal or 5xx, but may be tolerated. */
    static final List<String> CATEGORIES = List.of("truncated", "invalid-json", "wrong-type", "huge-number",
            "huge-string", "deep-nesting", "over-limit", "invalid-utf8", "missing-field", "unknown-field",
            "unknown-type", "non-object", "auth-missing", "auth-wrong", "stale-timestamp", "replayed", "method");

    /**
     * One case.
     *
     * @param mustReject the case is bad by any reading (invalid JSON, wrong credentials...)
     * @param replay send the same request twice and judge the second
     */
    record Case(String category, byte[] payload, Target.Auth auth, boolean mustReject, boolean replay, String method) {
    }

    private static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Corpus() {
    }

    static List<Case> generate(Target t, int count, long seed) {
        Random random = new Random(seed);
        List<Case> out = new ArrayList<>();
        List<String> categories = new ArrayList<>(CATEGORIES);
        if (!t.hasTimestamp()) {
            categories.remove("stale-timestamp");
        }
        int i = 0;
        while (out.size() < count) {
            Case c = make(t, categories.get(i++ % categories.size()), random);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private static Case make(Target t, String category, Random r) {
        String valid = t.validPayload();
        byte[] validBytes = Target.utf8(valid);
        boolean authed = hasAuth(t);
        return switch (category) {
            case "truncated" -> {
                byte[] cut = java.util.Arrays.copyOf(validBytes, 1 + r.nextInt(validBytes.length - 1));
                yield new Case(category, cut, Target.Auth.VALID, true, false, "POST");
            }
            case "invalid-json" -> {
                String bad = breakSyntax(valid, r);
                yield new Case(category, Target.utf8(bad), Target.Auth.VALID, !strictlyValid(bad), false, "POST");
            }
            case "wrong-type" -> mutateLeaf(t, category, valid, r, List.of("12345", "-1", "true", "false", "null", "[]",
                    "{}", "\"text\"", "1.5", "\"\"", "[1,2]", "{\"a\":{}}"));
            case "huge-number" -> mutateLeaf(t, category, valid, r, List.of("1e999999", "123456789012345678901234567890",
                    "-9223372036854775809", "0." + "9".repeat(400) + "1", "1E-999999", "\"" + "9".repeat(5000) + "\""));
            case "huge-string" -> mutateLeaf(t, category, valid, r, List.of("\"" + "x".repeat(200_000) + "\"",
                    "\"" + "粤".repeat(60_000) + "\"", "\"" + "\\u0000".repeat(20_000) + "\""));
            case "deep-nesting" -> {
                int depth = 1_000 + r.nextInt(20_000);
                String nested = "[".repeat(depth) + "]".repeat(depth);
                yield r.nextBoolean() ? new Case(category, Target.utf8(nested), Target.Auth.VALID, false, false, "POST")
                        : mutateLeaf(t, category, valid, r, List.of(nested));
            }
            case "over-limit" -> {
                String pad = "x".repeat((int) BundledServer.LIMITS.maxBodyBytes() + 1 + r.nextInt(1024));
                String big = valid.startsWith("{") ? "{\"pad\":\"" + pad + "\"," + valid.substring(1)
                        : "[" + "\"" + pad + "\"," + valid.substring(1);
                yield new Case(category, Target.utf8(big), Target.Auth.VALID, true, false, "POST");
            }
            case "invalid-utf8" -> {
                byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                        {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}};
                int quote = valid.indexOf('"', valid.indexOf(':') + 1);
                int at = quote < 0 ? validBytes.length / 2 : Target.utf8(valid.substring(0, quote + 1)).length;
                byte[] ins = bad[r.nextInt(bad.length)];
                ByteArrayOutputStream o = new ByteArrayOutputStream();
                o.write(validBytes, 0, at);
                o.writeBytes(ins);
                o.write(validBytes, at, validBytes.length - at);
                yield new Case(category, o.toByteArray(), Target.Auth.VALID, false, false, "POST");
            }
            case "missing-field" -> removeField(category, valid, r);
            case "unknown-field" -> {
                JsonNode tree = parse(valid);
                List<ObjectNode> objects = new ArrayList<>();
                collectObjects(tree, objects);
                if (objects.isEmpty()) {
                    yield null;
                }
                objects.get(r.nextInt(objects.size())).put("zzUnknown" + r.nextInt(100), r.nextInt());
                yield new Case(category, Target.utf8(tree.toString()), Target.Auth.VALID, false, false, "POST");
            }
            case "unknown-type" -> {
                JsonNode tree = parse(valid);
                List<ObjectNode> objects = new ArrayList<>();
                collectObjects(tree, objects);
                if (objects.isEmpty()) {
                    yield null;
                }
                ObjectNode o = objects.get(0);
                String field = o.has("callbackType") ? "callbackType" : o.has("callType") ? "callType"
                        : o.has("method") ? "method" : "type";
                o.put(field, "NOPE_TYPE_" + r.nextInt(1000));
                yield new Case(category, Target.utf8(tree.toString()), Target.Auth.VALID, false, false, "POST");
            }
            case "non-object" -> {
                List<String> v = List.of("", "null", "[]", "\"s\"", "42", "{}", "[{}]", "true", " ", "[null]");
                yield new Case(category, Target.utf8(v.get(r.nextInt(v.size()))), Target.Auth.VALID, false, false,
                        "POST");
            }
            case "auth-missing" -> new Case(category, validBytes, Target.Auth.MISSING, authed, false, "POST");
            case "auth-wrong" -> new Case(category, validBytes, Target.Auth.WRONG, authed, false, "POST");
            case "stale-timestamp" -> new Case(category, validBytes, Target.Auth.STALE, true, false, "POST");
            case "replayed" -> new Case(category, validBytes, Target.Auth.VALID, t.hasTimestamp(), true, "POST");
            case "method" -> new Case(category, validBytes, Target.Auth.VALID, true, false, r.nextBoolean() ? "GET"
                    : "PUT");
            default -> throw new IllegalArgumentException(category);
        };
    }

    /** True for routes that authenticate requests (all but Carsafe's unsigned relays). */
    private static boolean hasAuth(Target t) {
        return !(t instanceof Target.CarsafeTarget) || t.hasTimestamp();
    }

    private static Case mutateLeaf(Target t, String category, String valid, Random r, List<String> replacements) {
        JsonNode tree = parse(valid);
        List<Object[]> leaves = new ArrayList<>();
        collectLeaves(tree, leaves);
        if (leaves.isEmpty()) {
            return null;
        }
        Object[] leaf = leaves.get(r.nextInt(leaves.size()));
        String marker = "\"@@LEAF@@\"";
        ContainerNode<?> parent = (ContainerNode<?>) leaf[0];
        if (parent instanceof ObjectNode o) {
            o.put((String) leaf[1], "@@LEAF@@");
        } else {
            ((ArrayNode) parent).set((Integer) leaf[1], F.textNode("@@LEAF@@"));
        }
        String text = tree.toString().replace(marker, replacements.get(r.nextInt(replacements.size())));
        return new Case(category, Target.utf8(text), Target.Auth.VALID, false, false, "POST");
    }

    private static Case removeField(String category, String valid, Random r) {
        JsonNode tree = parse(valid);
        List<Object[]> leaves = new ArrayList<>();
        collectLeaves(tree, leaves);
        leaves.removeIf(l -> !(l[0] instanceof ObjectNode));
        if (leaves.isEmpty()) {
            return null;
        }
        Object[] leaf = leaves.get(r.nextInt(leaves.size()));
        ((ObjectNode) leaf[0]).remove((String) leaf[1]);
        return new Case(category, Target.utf8(tree.toString()), Target.Auth.VALID, false, false, "POST");
    }

    private static void collectLeaves(JsonNode node, List<Object[]> out) {
        if (node instanceof ObjectNode o) {
            o.properties().forEach(e -> {
                out.add(new Object[] {o, e.getKey()});
                collectLeaves(e.getValue(), out);
            });
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                out.add(new Object[] {a, i});
                collectLeaves(a.get(i), out);
            }
        }
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> out) {
        if (node instanceof ObjectNode o) {
            out.add(o);
            o.properties().forEach(e -> collectObjects(e.getValue(), out));
        } else if (node instanceof ArrayNode a) {
            a.forEach(n -> collectObjects(n, out));
        }
    }

    private static String breakSyntax(String valid, Random r) {
        int mid = valid.length() / 2;
        return switch (r.nextInt(10)) {
            case 0 -> valid.replaceFirst("\"", "'");
            case 1 -> valid.substring(0, mid) + "}" + valid.substring(mid);
            case 2 -> valid + "garbage";
            case 3 -> valid.substring(0, valid.length() - 1);
            case 4 -> valid.replaceFirst(":", "=");
            case 5 -> "<xml>" + valid + "</xml>";
            case 6 -> valid.replaceFirst("\\{", "{,");
            case 7 -> "/*c*/" + valid;
            case 8 -> valid.replaceFirst(":\"[^\"]*\"", ":NaN");
            default -> valid.replace("\"", "");
        };
    }

    static boolean strictlyValid(String text) {
        try {
            JSON.readTree(text);
            return !text.isBlank();
        } catch (Exception e) {
            return false;
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException("valid payload is not JSON: " + json, e);
        }
    }

    static String describe(byte[] payload) {
        String s = new String(payload, StandardCharsets.UTF_8);
        return s.length() > 120 ? s.substring(0, 120) + "... (" + payload.length + " bytes)" : s;
    }
}
