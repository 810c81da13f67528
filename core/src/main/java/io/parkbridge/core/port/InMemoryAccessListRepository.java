package io.parkbridge.core.port;

import io.parkbridge.core.credential.ListEntry;
import io.parkbridge.core.credential.ListKind;
import io.parkbridge.core.plate.Plate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An {@link AccessListRepository} in memory: for tests, simulators and the demo. Thread-safe.
 * A plate has at most one entry per list: saving replaces it.
 */
public final class InMemoryAccessListRepository implements AccessListRepository {
    private final List<ListEntry> entries = new ArrayList<>();

    @Override
    public synchronized void save(ListEntry entry) {
        Objects.requireNonNull(entry, "entry");
        entries.removeIf(e -> e.kind() == entry.kind() && e.plate().sameNumber(entry.plate()));
        entries.add(entry);
    }

    /** Removes {@code plate} from one list; true if it was on it. Never touches other plates. */
    @Override
    public synchronized boolean remove(ListKind kind, Plate plate) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(plate, "plate");
        return entries.removeIf(e -> e.kind() == kind && e.plate().sameNumber(plate));
    }

    @Override
    public synchronized List<ListEntry> findByPlate(Plate plate) {
        Objects.requireNonNull(plate, "plate");
        return entries.stream().filter(e -> e.plate().sameNumber(plate)).toList();
    }
}
