package io.parkbridge.adapter.http.store.jdbc;

import io.parkbridge.core.credential.ListEntry;
import io.parkbridge.core.credential.ListKind;
import io.parkbridge.core.plate.Plate;
import io.parkbridge.core.plate.PlateColor;
import io.parkbridge.core.plate.PlateKind;
import io.parkbridge.core.port.AccessListRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The core {@link AccessListRepository} on the database: one entry per list and plate number. */
public final class JdbcAccessListRepository implements AccessListRepository {
    private final Database db;

    public JdbcAccessListRepository(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public void save(ListEntry entry) {
        Jdbc.inTransaction(db, c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM pb_access_list WHERE list_kind = ?"
                    + " AND plate_number = ?");
                    PreparedStatement ps = c.prepareStatement("INSERT INTO pb_access_list (list_kind, plate_number,"
                            + " plate_kind, plate_color, reason, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                del.setString(1, entry.kind().name());
                del.setString(2, entry.plate().number());
                del.executeUpdate();
                ps.setString(1, entry.kind().name());
                ps.setString(2, entry.plate().number());
                ps.setString(3, entry.plate().kind().name());
                ps.setString(4, entry.plate().color().name());
                ps.setString(5, entry.reason());
                ps.setObject(6, Jdbc.ts(entry.validFrom()));
                ps.setObject(7, Jdbc.endTs(entry.validTo()));
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public boolean remove(ListKind kind, Plate plate) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM pb_access_list WHERE list_kind = ?"
                    + " AND plate_number = ?")) {
                ps.setString(1, kind.name());
                ps.setString(2, plate.number());
                return ps.executeUpdate() > 0;
            }
        });
    }

    @Override
    public List<ListEntry> findByPlate(Plate plate) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT list_kind, plate_number, plate_kind, plate_color,"
                    + " reason, valid_from, valid_to FROM pb_access_list WHERE plate_number = ? ORDER BY list_kind")) {
                ps.setString(1, plate.number());
                List<ListEntry> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Plate p = new Plate(rs.getString("plate_number"), PlateKind.valueOf(rs.getString("plate_kind")),
                                PlateColor.valueOf(rs.getString("plate_color")));
                        out.add(new ListEntry(ListKind.valueOf(rs.getString("list_kind")), p, rs.getString("reason"),
                                Jdbc.instant(rs, "valid_from"), Jdbc.endInstant(rs, "valid_to")));
                    }
                }
                return out;
            }
        });
    }
}
