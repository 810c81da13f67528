package io.parkbridge.protocol.carsafe.catalogue;

/** Lifecycle flags the document puts on an interface. */
public enum InterfaceStatus {
    ACTIVE, DEPRECATED, RESERVED, MARKED_FOR_DELETION
}
