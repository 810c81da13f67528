package io.parkbridge.protocol.welink.catalog;

/** What the decoded {@code content} of a successful reply is. */
public enum ReplyShape {
    /** No business data (返回无业务数据); content empty or absent. */
    NONE,
    /** A JSON object of the reply type. */
    OBJECT,
    /** A bare JSON array of the reply type (paged replies have no total). */
    LIST,
    /** A bare scalar: an id, a code, a boolean or a URL string. */
    SCALAR
}
