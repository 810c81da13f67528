package io.parkbridge.protocol.washer.testing;

import io.parkbridge.core.credential.ListEntry;
import io.parkbridge.core.credential.ListKind;
import io.parkbridge.core.credential.Pass;
import io.parkbridge.core.plate.Plate;
import io.parkbridge.core.port.AccessListRepository;
import io.parkbridge.core.port.PassRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** In-memory pass and list repositories for tests. */
public final class TestRepositories {
    private TestRepositories() {
    }

    public static final class Passes implements PassRepository {
        private final List<Pass> passes = new ArrayList<>();

        @Override
        public synchronized void save(Pass pass) {
            passes.removeIf(p -> p.id().equals(pass.id()));
            passes.add(pass);
        }

        @Override
        public synchronized boolean remove(String passId) {
            return passes.removeIf(p -> p.id().equals(passId));
        }

        @Override
        public synchronized Optional<Pass> find(String passId) {
            return passes.stream().filter(p -> p.id().equals(passId)).findFirst();
        }

        @Override
        public synchronized List<Pass> findByPlate(Plate plate) {
            return passes.stream().filter(p -> p.plates().stream().anyMatch(x -> x.sameNumber(plate))).toList();
        }
    }

    public static final class Lists implements AccessListRepository {
        private final List<ListEntry> entries = new ArrayList<>();

        @Override
        public synchronized void save(ListEntry entry) {
            entries.add(entry);
        }

        @Override
        public synchronized boolean remove(ListKind kind, Plate plate) {
            return entries.removeIf(e -> e.kind() == kind && e.plate().sameNumber(plate));
        }

        @Override
        public synchronized List<ListEntry> findByPlate(Plate plate) {
            return entries.stream().filter(e -> e.plate().sameNumber(plate)).toList();
        }
    }
}
