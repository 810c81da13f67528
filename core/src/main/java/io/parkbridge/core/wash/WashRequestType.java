package io.parkbridge.core.wash;

/** How a washer or purifier session was started at the machine. */
public enum WashRequestType {
    /** A card swiped at a car washer. */
    CARD_WASH,
    /** A plate recognised at a car washer. */
    CAR_PLATE,
    /** A card swiped at a water purifier. */
    WATER_CARD
}
