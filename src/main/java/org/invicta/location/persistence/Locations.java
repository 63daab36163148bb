package org.invicta.location.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.invicta.location.Location;
import org.invicta.location.LocationDetails;
import org.invicta.location.LocationId;
import org.invicta.shared.ForceId;
import org.invicta.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.invicta.audit.VersionedStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Places of the acting force, each version kept in location_version. */
@Repository
public class Locations implements VersionedStore<LocationId, LocationDetails, Location> {

    private final JdbcClient jdbc;

    Locations(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public Optional<Location> byId(LocationId id) {
        return jdbc.sql("SELECT * FROM location WHERE location_id = :id").param("id", id.value()).query(Locations::location).optional();
    }

    @Override
    public void add(ForceId force, LocationId id, LocationDetails details, @Nullable UserId by, Instant now) {
        bind(jdbc.sql("""
                INSERT INTO location (force_id, location_id, address, postcode, uprn, latitude, longitude, place_note, version,
                                      updated_at, updated_by)
                VALUES (:force, :id, :address, :postcode, :uprn, :latitude, :longitude, :note, 1, :now, :by)
                """), force, id, details, by, now).update();
        keepVersion(id);
    }

    @Override
    public boolean correct(ForceId force, LocationId id, int expectedVersion, LocationDetails details, @Nullable UserId by, Instant now) {
        var updated = bind(jdbc.sql("""
                UPDATE location SET address = :address, postcode = :postcode, uprn = :uprn, latitude = :latitude,
                       longitude = :longitude, place_note = :note, version = version + 1, updated_at = :now, updated_by = :by
                 WHERE location_id = :id AND version = :version AND force_id = :force
                """), force, id, details, by, now).param("version", expectedVersion).update();
        if (updated == 0) return false;
        keepVersion(id);
        return true;
    }

    /** Places at this postcode or with this UPRN. */
    public List<Location> withKey(String postcode, String uprn) {
        return jdbc.sql("""
                SELECT * FROM location WHERE (postcode = :postcode AND postcode <> '') OR (uprn = :uprn AND uprn <> '') LIMIT 50
                """).param("postcode", postcode).param("uprn", uprn).query(Locations::location).list();
    }

    /** Places whose address or description is like the words given, most alike first. */
    public List<Location> like(String words) {
        return jdbc.sql("""
                SELECT * FROM location WHERE (address || ' ' || place_note) % :words
                 ORDER BY similarity(address || ' ' || place_note, :words) DESC LIMIT 20
                """).param("words", words).query(Locations::location).list();
    }

    @Override
    public List<Location> history(LocationId id) {
        return jdbc.sql("SELECT * FROM location_version WHERE location_id = :id ORDER BY version DESC").param("id", id.value())
                .query(Locations::location).list();
    }

    private void keepVersion(LocationId id) {
        jdbc.sql("INSERT INTO location_version SELECT * FROM location WHERE location_id = :id").param("id", id.value()).update();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, ForceId force, LocationId id, LocationDetails d,
                                                 @Nullable UserId by, Instant now) {
        return sql.param("force", force.value()).param("id", id.value()).param("address", d.address()).param("postcode", d.postcode())
                .param("uprn", d.uprn()).param("latitude", d.latitude()).param("longitude", d.longitude()).param("note", d.placeNote())
                .param("now", Timestamp.from(now)).param("by", by == null ? null : by.value());
    }

    private static Location location(ResultSet rs, int row) throws SQLException {
        return new Location(new LocationId(rs.getObject("location_id", UUID.class)), ForceId.of(rs.getString("force_id")),
                new LocationDetails(rs.getString("address"), rs.getString("postcode"), rs.getString("uprn"),
                        rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"), rs.getString("place_note")),
                rs.getInt("version"), rs.getTimestamp("updated_at").toInstant());
    }
}
