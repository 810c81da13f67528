package io.parkbridge.protocol.carsafe.catalogue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One interface of the Chean "一卡通 APP 应用接口" v2.42, as data: the generic client and the
 * inbound handler need nothing else to call or serve it.
 *
 * @param number section number, e.g. "6.1" or "6.2.3"
 * @param chapter chapter number (6-14)
 * @param nameZh the Chinese title as printed
 * @param nameEn an English title
 * @param direction who calls whom
 * @param printedPath the path as printed (OCR damage included)
 * @param path the wire path relative to the base URL (corrected where the correction is certain)
 * @param envelope how the body is framed
 * @param keyFamily the signing-key family (the method prefix, e.g. "park", "acss", "report")
 * @param query true for read-only queries: only these are retried
 * @param status deprecated / reserved flags
 * @param responseArray the response {@code data} is documented as an array (a list interface)
 * @param request fields of the request {@code data}
 * @param response fields of the response {@code data}
 */
public record CarsafeInterface(String number, int chapter, String nameZh, String nameEn, Direction direction,
        String printedPath, String path, EnvelopeKind envelope, String keyFamily, boolean query,
        InterfaceStatus status, boolean responseArray, List<FieldSpec> request, List<FieldSpec> response) {

    public CarsafeInterface {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(keyFamily, "keyFamily");
        request = List.copyOf(request);
        response = List.copyOf(response);
    }

    /** Wire names of every documented request field. */
    public Set<String> requestFieldNames() {
        Set<String> names = new LinkedHashSet<>();
        request.forEach(f -> names.add(f.name()));
        return names;
    }

    /** Wire names of the fields marked required. */
    public List<String> requiredRequestFields() {
        return request.stream().filter(FieldSpec::required).map(FieldSpec::name).toList();
    }

    /** e.g. "6.1 api.aspx/calc". */
    public String label() {
        return number + " " + path;
    }

    @Override
    public String toString() {
        return "CarsafeInterface[" + label() + ", " + direction + "]";
    }
}
