package io.parkbridge.protocol.washer.api;

import java.util.List;
import java.util.Objects;

/**
 * One control API endpoint, as data: where it is, which page documents it, the request fields
 * the page lists (besides openId and time), the Java types of request and reply, whether it is a
 * query (safe to retry), and whether its documented reply is not strict JSON.
 *
 * @param <Q> the request type
 * @param <R> the reply type
 */
public final class Endpoint<Q, R extends WasherReply> {
    /** Every path starts with this. */
    public static final String PREFIX = "/api/open/v1/";

    private final String name;
    private final String group;
    private final String action;
    private final String page;
    private final List<String> fields;
    private final Class<Q> requestType;
    private final Class<R> replyType;
    private final boolean query;
    private final boolean lenientReply;

    Endpoint(String name, String group, String action, String page, List<String> fields, Class<Q> requestType,
            Class<R> replyType, boolean query, boolean lenientReply) {
        this.name = Objects.requireNonNull(name);
        this.group = Objects.requireNonNull(group);
        this.action = Objects.requireNonNull(action);
        this.page = Objects.requireNonNull(page);
        this.fields = List.copyOf(fields);
        this.requestType = Objects.requireNonNull(requestType);
        this.replyType = Objects.requireNonNull(replyType);
        this.query = query;
        this.lenientReply = lenientReply;
    }

    /** The catalogue name, e.g. RT1_LOCK. */
    public String name() {
        return name;
    }

    /** The machine family or area: rt1, rt2, rt3, nrt, nt1, nt2, tt1, sht2, wp1, common, advOrder. */
    public String group() {
        return group;
    }

    /** The last path segment, e.g. lockAndStart. */
    public String action() {
        return action;
    }

    /** e.g. /api/open/v1/rt1/lock */
    public String path() {
        return PREFIX + group + "/" + action;
    }

    /** The wiki page documenting it. */
    public String page() {
        return page;
    }

    /** The request fields the page lists, without openId and time. */
    public List<String> fields() {
        return fields;
    }

    public Class<Q> requestType() {
        return requestType;
    }

    public Class<R> replyType() {
        return replyType;
    }

    /** True for status queries: the only calls the client retries. */
    public boolean query() {
        return query;
    }

    /** True where the page's reply example is not strict JSON (a trailing comma): parsed leniently. */
    public boolean lenientReply() {
        return lenientReply;
    }

    /** The typed method of {@code WasherClient}: the action for common/advOrder, else group + Action. */
    public String javaMethod() {
        if (group.equals("common") || group.equals("advOrder")) {
            return action;
        }
        return group + Character.toUpperCase(action.charAt(0)) + action.substring(1);
    }

    @Override
    public String toString() {
        return name + " " + path();
    }
}
