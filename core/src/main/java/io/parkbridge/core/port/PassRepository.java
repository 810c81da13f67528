package io.parkbridge.core.port;

import io.parkbridge.core.credential.Pass;
import io.parkbridge.core.plate.Plate;
import java.util.List;
import java.util.Optional;

/** Port: where passes are kept (the adapters implement it on a database). */
public interface PassRepository {
    void save(Pass pass);

    boolean remove(String passId);

    Optional<Pass> find(String passId);

    /** Every pass listing {@code plate}, whatever its validity. */
    List<Pass> findByPlate(Plate plate);
}
