package io.parkbridge.protocol.carsafe.client;

/** How strictly request field names are checked against the catalogue. */
public enum FieldCheck {
    /** Unknown names and missing required fields are rejected before sending. */
    STRICT,
    /** Missing required fields are rejected; names the catalogue does not list are sent (the catalogue lists "key" fields). */
    REQUIRED_ONLY,
    /** Nothing is checked. */
    NONE
}
