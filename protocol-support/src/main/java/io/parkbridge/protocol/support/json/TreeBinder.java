package io.parkbridge.protocol.support.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Binds parsed JSON trees to message types as {@link ObjectMapper#treeToValue(com.fasterxml.jackson.core.TreeNode,
 * Class)} does (same deserializers, same failures), with each type's reader resolved once: the
 * type construction and root-deserializer lookup {@code treeToValue} repeats on every call was a
 * measurable share of each inbound record.
 */
public final class TreeBinder {
    private final ObjectMapper mapper;
    private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

    /** Binds with {@code mapper}'s configuration (which must not change afterwards). */
    public TreeBinder(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /**
     * {@code node} (not null, from parsed text) as a {@code type} that is not itself a tree type:
     * the shortcuts {@code treeToValue} takes for tree types and embedded POJOs never apply there.
     *
     * @throws JsonProcessingException where {@code treeToValue} throws it, with the same path
     */
    public <T> T bind(JsonNode node, Class<T> type) throws JsonProcessingException {
        try {
            return reader(type).readValue(node);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) { // as treeToValue: no real I/O happens on a tree
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private ObjectReader reader(Class<?> type) {
        ObjectReader reader = readers.get(type);
        if (reader == null) {
            reader = readers.computeIfAbsent(type, mapper::readerFor);
        }
        return reader;
    }
}
