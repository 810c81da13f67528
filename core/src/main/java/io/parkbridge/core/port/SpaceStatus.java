package io.parkbridge.core.port;

import java.time.Instant;

/** Free and total spaces of a park at a moment. */
public record SpaceStatus(String parkId, int totalSpaces, int freeSpaces, Instant at) {
}
