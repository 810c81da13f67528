package io.parkbridge.protocol.carsafe.catalogue;

import java.util.Objects;

/**
 * One field of an interface's {@code data}, by its wire name exactly as printed (typos such as
 * {@code aeceivable}, {@code recodeType}, {@code crateDateTime} included).
 *
 * @param name wire name
 * @param required marked "Y"/"是"/"必填" in the document
 * @param conditional marked "?" (one of several is required)
 */
public record FieldSpec(String name, boolean required, boolean conditional) {
    public FieldSpec {
        Objects.requireNonNull(name, "name");
    }
}
