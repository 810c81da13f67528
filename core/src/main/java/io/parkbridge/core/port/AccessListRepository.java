package io.parkbridge.core.port;

import io.parkbridge.core.credential.ListEntry;
import io.parkbridge.core.credential.ListKind;
import io.parkbridge.core.plate.Plate;
import java.util.List;

/** Port: where white and black list entries are kept. */
public interface AccessListRepository {
    void save(ListEntry entry);

    boolean remove(ListKind kind, Plate plate);

    /** Every entry for {@code plate} on either list, whatever its validity. */
    List<ListEntry> findByPlate(Plate plate);
}
