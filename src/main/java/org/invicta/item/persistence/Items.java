package org.invicta.item.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.invicta.item.Item;
import org.invicta.item.ItemDetails;
import org.invicta.item.ItemId;
import org.invicta.shared.ForceId;
import org.invicta.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.invicta.audit.VersionedStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Objects of the acting force, each version kept in item_version. */
@Repository
public class Items implements VersionedStore<ItemId, ItemDetails, Item> {

    private static final String COLUMNS = "kind, vrm, vin, make, model, colour, imei, phone_number, serial_number, description";
    private static final String VALUES = ":kind, :vrm, :vin, :make, :model, :colour, :imei, :phone, :serial, :description";

    private final JdbcClient jdbc;

    Items(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public Optional<Item> byId(ItemId id) {
        return jdbc.sql("SELECT * FROM item WHERE item_id = :id").param("id", id.value()).query(Items::item).optional();
    }

    @Override
    public void add(ForceId force, ItemId id, ItemDetails details, @Nullable UserId by, Instant now) {
        bind(jdbc.sql("INSERT INTO item (force_id, item_id, " + COLUMNS + ", version, updated_at, updated_by) VALUES (:force, :id, "
                + VALUES + ", 1, :now, :by)"), force, id, details, by, now).update();
        keepVersion(id);
    }

    @Override
    public boolean correct(ForceId force, ItemId id, int expectedVersion, ItemDetails details, @Nullable UserId by, Instant now) {
        var updated = bind(jdbc.sql("""
                UPDATE item SET kind = :kind, vrm = :vrm, vin = :vin, make = :make, model = :model, colour = :colour, imei = :imei,
                       phone_number = :phone, serial_number = :serial, description = :description, version = version + 1,
                       updated_at = :now, updated_by = :by
                 WHERE item_id = :id AND version = :version AND force_id = :force
                """), force, id, details, by, now).param("version", expectedVersion).update();
        if (updated == 0) return false;
        keepVersion(id);
        return true;
    }

    /** Objects with this registration mark, IMEI, phone number or serial number. */
    public List<Item> withKey(String key) {
        return jdbc.sql("""
                SELECT * FROM item WHERE (vrm = :key AND vrm <> '') OR (imei = :key AND imei <> '')
                   OR (serial_number = :key AND serial_number <> '') OR (vin = :key AND vin <> '')
                   OR (phone_number = :key AND phone_number <> '') LIMIT 50
                """).param("key", key).query(Items::item).list();
    }

    @Override
    public List<Item> history(ItemId id) {
        return jdbc.sql("SELECT * FROM item_version WHERE item_id = :id ORDER BY version DESC").param("id", id.value())
                .query(Items::item).list();
    }

    private void keepVersion(ItemId id) {
        jdbc.sql("INSERT INTO item_version SELECT * FROM item WHERE item_id = :id").param("id", id.value()).update();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, ForceId force, ItemId id, ItemDetails d,
                                                 @Nullable UserId by, Instant now) {
        return sql.param("force", force.value()).param("id", id.value()).param("kind", d.kind()).param("vrm", d.vrm())
                .param("vin", d.vin()).param("make", d.make()).param("model", d.model()).param("colour", d.colour())
                .param("imei", d.imei()).param("phone", d.phoneNumber()).param("serial", d.serialNumber())
                .param("description", d.description()).param("now", Timestamp.from(now)).param("by", by == null ? null : by.value());
    }

    private static Item item(ResultSet rs, int row) throws SQLException {
        return new Item(new ItemId(rs.getObject("item_id", UUID.class)), ForceId.of(rs.getString("force_id")),
                new ItemDetails(rs.getString("kind"), rs.getString("vrm"), rs.getString("vin"), rs.getString("make"),
                        rs.getString("model"), rs.getString("colour"), rs.getString("imei"), rs.getString("phone_number"),
                        rs.getString("serial_number"), rs.getString("description")),
                rs.getInt("version"), rs.getTimestamp("updated_at").toInstant());
    }
}
