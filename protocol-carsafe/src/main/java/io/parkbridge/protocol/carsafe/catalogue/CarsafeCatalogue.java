package io.parkbridge.protocol.carsafe.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import io.parkbridge.protocol.support.json.JsonMappers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every interface of the document (287 rows), loaded from {@code catalogue.json}, which
 * {@code src/build/generate_catalogue.py} generates from specs/catalog/carsafe.md.
 */
public final class CarsafeCatalogue {
    private static final String RESOURCE = "/io/parkbridge/protocol/carsafe/catalogue.json";
    private static final CarsafeCatalogue STANDARD = load();

    private final Map<String, CarsafeInterface> byNumber;

    private CarsafeCatalogue(Map<String, CarsafeInterface> byNumber) {
        this.byNumber = Collections.unmodifiableMap(byNumber);
    }

    /** The v2.42 catalogue. */
    public static CarsafeCatalogue standard() {
        return STANDARD;
    }

    /** Shortcut for {@code standard().require(number)}. */
    public static CarsafeInterface of(String number) {
        return STANDARD.require(number);
    }

    /** All interfaces in document order. */
    public List<CarsafeInterface> all() {
        return List.copyOf(byNumber.values());
    }

    /** Interfaces with one direction, in document order. */
    public List<CarsafeInterface> byDirection(Direction direction) {
        return byNumber.values().stream().filter(i -> i.direction() == direction).toList();
    }

    /** The interface numbered {@code number} (e.g. "6.1"), if the catalogue has it. */
    public Optional<CarsafeInterface> find(String number) {
        return Optional.ofNullable(byNumber.get(number));
    }

    /** The interface with section number {@code number}, e.g. "6.1". */
    public CarsafeInterface require(String number) {
        CarsafeInterface i = byNumber.get(number);
        if (i == null) {
            throw new IllegalArgumentException("number: expected a Carsafe interface number such as 6.1, got " + number);
        }
        return i;
    }

    /** Interfaces whose wire path is {@code path} (two pairs share a printed path: 6.94/6.95, 10.51/10.52). */
    public List<CarsafeInterface> byPath(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return byNumber.values().stream().filter(i -> i.path().equalsIgnoreCase(p)).toList();
    }

    private static CarsafeCatalogue load() {
        try (InputStream in = CarsafeCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            JsonNode root = JsonMappers.strict().readTree(in);
            Map<String, CarsafeInterface> map = new LinkedHashMap<>();
            for (JsonNode n : root) {
                CarsafeInterface i = new CarsafeInterface(n.get("number").asText(), n.get("chapter").asInt(),
                        n.get("nameZh").asText(), n.get("nameEn").asText(),
                        Direction.valueOf(n.get("direction").asText()), n.get("printedPath").asText(),
                        n.get("path").asText(), EnvelopeKind.valueOf(n.get("envelope").asText()),
                        n.get("keyFamily").asText(), n.get("query").asBoolean(),
                        InterfaceStatus.valueOf(n.get("status").asText()), n.get("responseArray").asBoolean(), fields(n.get("request")),
                        fields(n.get("response")));
                if (map.put(i.number(), i) != null) {
                    throw new IllegalStateException("duplicate interface number " + i.number());
                }
            }
            return new CarsafeCatalogue(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<FieldSpec> fields(JsonNode array) {
        List<FieldSpec> out = new ArrayList<>();
        for (JsonNode f : array) {
            out.add(new FieldSpec(f.get("name").asText(), f.get("required").asBoolean(),
                    f.get("conditional").asBoolean()));
        }
        return out;
    }
}
