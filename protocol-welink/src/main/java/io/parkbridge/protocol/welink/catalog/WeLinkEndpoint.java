package io.parkbridge.protocol.welink.catalog;

import io.parkbridge.protocol.welink.message.Paged;
import java.util.Objects;

/**
 * One interface of the WeLink open API v2.4, as data: where it is in the document, its path,
 * its HTTP method (the document's rule: GET for queries, POST for changes; overridable per
 * client), whether it is safe to retry, and its request and reply types. The full list is
 * {@link WeLinkCatalog#ALL}.
 *
 * @param <Q> the request record ({@link Void} when the endpoint has no request fields)
 * @param <R> the decoded reply ({@link Void} when none; {@code List<X>} for arrays)
 * @param section the body section, e.g. "5.3.2"
 * @param path the interface path after {@code /api}, e.g. "/passport/get"
 * @param chineseName the document's name
 * @param summary an English summary
 * @param method the default HTTP method
 * @param idempotent true if repeating the call cannot change anything (only these are retried)
 * @param requestType the request record class, or {@code Void.class}
 * @param replyShape the reply's shape
 * @param replyType the reply class (the element class for {@link ReplyShape#LIST})
 * @param javaMethod the name of the typed method on {@code WeLinkClient}
 */
public record WeLinkEndpoint<Q, R>(String section, String path, String chineseName, String summary, HttpMethod method,
        boolean idempotent, Class<Q> requestType, ReplyShape replyShape, Class<?> replyType, String javaMethod) {

    /** The fixed prefix every path is under. */
    public static final String API_PREFIX = "/api";

    public WeLinkEndpoint {
        Objects.requireNonNull(section, "section");
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("path: expected /group/name, got " + path);
        }
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(requestType, "requestType");
        Objects.requireNonNull(replyShape, "replyShape");
        Objects.requireNonNull(replyType, "replyType");
        Objects.requireNonNull(javaMethod, "javaMethod");
    }

    /** The path as requested, e.g. "/api/passport/get". */
    public String fullPath() {
        return API_PREFIX + path;
    }

    /** True if the endpoint has request fields. */
    public boolean hasRequest() {
        return requestType != Void.class;
    }

    /** True for offset/length queries. */
    public boolean paged() {
        return Paged.class.isAssignableFrom(requestType);
    }

    @Override
    public String toString() {
        return section + " " + method + " " + fullPath();
    }
}
