package io.parkbridge.core.port;

import io.parkbridge.core.credential.Pass;
import io.parkbridge.core.plate.Plate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A {@link PassRepository} in memory: for tests, simulators and the demo. Thread-safe. */
public final class InMemoryPassRepository implements PassRepository {
    private final Map<String, Pass> byId = new LinkedHashMap<>();

    /** Saves {@code pass}, replacing a pass with the same id (a renewal). */
    @Override
    public synchronized void save(Pass pass) {
        Objects.requireNonNull(pass, "pass");
        byId.put(pass.id(), pass);
    }

    @Override
    public synchronized boolean remove(String passId) {
        return byId.remove(passId) != null;
    }

    @Override
    public synchronized Optional<Pass> find(String passId) {
        return Optional.ofNullable(byId.get(passId));
    }

    @Override
    public synchronized List<Pass> findByPlate(Plate plate) {
        Objects.requireNonNull(plate, "plate");
        List<Pass> out = new ArrayList<>();
        for (Pass p : byId.values()) {
            if (p.plates().stream().anyMatch(x -> x.sameNumber(plate))) {
                out.add(p);
            }
        }
        return out;
    }
}
