package io.parkbridge.protocol.bluecard.catalog;

/** Who calls whom. */
public enum Direction {
    /** Bluecard pushes to the third party (we are the HTTP server). */
    BLUECARD_TO_US,
    /** We call Bluecard under {@code /bcopenapi/out/}. */
    US_TO_BLUECARD
}
