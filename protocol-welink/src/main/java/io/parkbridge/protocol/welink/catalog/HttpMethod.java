package io.parkbridge.protocol.welink.catalog;

/**
 * The two methods WeLink accepts. With GET every parameter travels in the query string; with
 * POST in a form body (the query string is ignored). The parameters are the same.
 */
public enum HttpMethod {
    GET, POST
}
