package io.parkbridge.protocol.bluecard;

/** Constants shared by the Bluecard (蓝卡) cloud-to-cloud protocol v2.6.0 module. */
public final class Bluecard {
    /** The vendor name used in events, keys, routes and exceptions. */
    public static final String VENDOR = "bluecard";

    /** The HTTP header that carries {@code md5(key + parkNumber)} on every request. */
    public static final String SIGN_HEADER = "sign";

    /** The path prefix of every interface Bluecard serves (third party → Bluecard). */
    public static final String OUT_PREFIX = "/bcopenapi/out/";

    /** Content type of every request and reply (the document says JSON in UTF-8). */
    public static final String CONTENT_TYPE = "application/json; charset=UTF-8";

    private Bluecard() {
    }
}
