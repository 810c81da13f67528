package io.parkbridge.adapter.http.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.parkbridge.adapter.http.json.EventJson;
import io.parkbridge.core.credential.Pass;
import io.parkbridge.core.plate.Plate;
import io.parkbridge.core.plate.PlateColor;
import io.parkbridge.core.plate.PlateKind;
import io.parkbridge.core.port.PassRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The core {@link PassRepository} on the database; {@link #save} replaces a pass with the same id. */
public final class JdbcPassRepository implements PassRepository {
    private final Database db;

    public JdbcPassRepository(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public void save(Pass pass) {
        String areas;
        try {
            areas = EventJson.mapper().writeValueAsString(new ArrayList<>(new java.util.TreeSet<>(pass.areas())));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("areas: expected plain strings", e);
        }
        Jdbc.inTransaction(db, c -> {
            delete(c, pass.id());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO pb_pass (pass_id, valid_from, valid_to,"
                    + " areas_json, holder) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, pass.id());
                ps.setObject(2, Jdbc.ts(pass.validFrom()));
                ps.setObject(3, Jdbc.endTs(pass.validTo()));
                ps.setString(4, areas);
                ps.setString(5, pass.holder());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO pb_pass_plate (pass_id, plate_number,"
                    + " plate_kind, plate_color) VALUES (?, ?, ?, ?)")) {
                Set<String> seen = new HashSet<>();
                for (Plate p : pass.plates()) {
                    if (seen.add(p.number())) {
                        ps.setString(1, pass.id());
                        ps.setString(2, p.number());
                        ps.setString(3, p.kind().name());
                        ps.setString(4, p.color().name());
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public boolean remove(String passId) {
        return Jdbc.inTransaction(db, c -> delete(c, passId));
    }

    private static boolean delete(Connection c, String passId) throws SQLException {
        try (PreparedStatement plates = c.prepareStatement("DELETE FROM pb_pass_plate WHERE pass_id = ?");
                PreparedStatement ps = c.prepareStatement("DELETE FROM pb_pass WHERE pass_id = ?")) {
            plates.setString(1, passId);
            plates.executeUpdate();
            ps.setString(1, passId);
            return ps.executeUpdate() > 0;
        }
    }

    @Override
    public Optional<Pass> find(String passId) {
        return Jdbc.inTransaction(db, c -> Optional.ofNullable(load(c, passId)));
    }

    @Override
    public List<Pass> findByPlate(Plate plate) {
        return Jdbc.inTransaction(db, c -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT pass_id FROM pb_pass_plate"
                    + " WHERE plate_number = ? ORDER BY pass_id")) {
                ps.setString(1, plate.number());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            List<Pass> out = new ArrayList<>();
            for (String id : ids) {
                Pass p = load(c, id);
                if (p != null) {
                    out.add(p);
                }
            }
            return out;
        });
    }

    private static Pass load(Connection c, String passId) throws SQLException {
        Set<Plate> plates = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT plate_number, plate_kind, plate_color FROM pb_pass_plate"
                + " WHERE pass_id = ? ORDER BY plate_number")) {
            ps.setString(1, passId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    plates.add(new Plate(rs.getString(1), PlateKind.valueOf(rs.getString(2)),
                            PlateColor.valueOf(rs.getString(3))));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT valid_from, valid_to, areas_json, holder FROM pb_pass"
                + " WHERE pass_id = ?")) {
            ps.setString(1, passId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                List<String> areas;
                try {
                    areas = EventJson.mapper().readValue(rs.getString("areas_json"), new TypeReference<List<String>>() {
                    });
                } catch (JsonProcessingException e) {
                    throw new SQLException("pb_pass.areas_json is not a JSON list", e);
                }
                return new Pass(passId, plates, Jdbc.instant(rs, "valid_from"), Jdbc.endInstant(rs, "valid_to"),
                        new LinkedHashSet<>(areas), rs.getString("holder"));
            }
        }
    }
}
