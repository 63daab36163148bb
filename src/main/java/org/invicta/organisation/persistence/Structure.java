package org.invicta.organisation.persistence;

import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.invicta.organisation.District;
import org.invicta.organisation.Station;
import org.invicta.organisation.Team;
import org.invicta.shared.ForceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The acting force's districts, stations and teams. */
@Repository
public class Structure {

    private final JdbcClient jdbc;

    Structure(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public List<District> districts() {
        return jdbc.sql("SELECT district_id, name, version FROM district ORDER BY name")
                .query((rs, n) -> new District(rs.getString(1), rs.getString(2), rs.getInt(3))).list();
    }

    public List<Station> stations() {
        return jdbc.sql("""
                SELECT s.station_id, s.name, s.address, s.district_id, d.name AS district_name, s.version
                  FROM station s JOIN district d ON d.force_id = s.force_id AND d.district_id = s.district_id
                 ORDER BY s.name
                """)
                .query((rs, n) -> new Station(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getInt(6))).list();
    }

    public List<Team> teams() {
        return jdbc.sql("""
                SELECT t.team_id, t.name, t.station_id, s.name AS station_name, t.version
                  FROM team t JOIN station s ON s.force_id = t.force_id AND s.station_id = t.station_id
                 ORDER BY t.name
                """)
                .query((rs, n) -> new Team(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getString(4), rs.getInt(5))).list();
    }

    public boolean districtExists(String districtId) {
        return jdbc.sql("SELECT count(*) FROM district WHERE district_id = :id").param("id", districtId)
                .query(Long.class).single() > 0;
    }

    public boolean stationExists(UUID stationId) {
        return jdbc.sql("SELECT count(*) FROM station WHERE station_id = :id").param("id", stationId)
                .query(Long.class).single() > 0;
    }

    public boolean nameTaken(String table, String name) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE lower(name) = lower(:name)").param("name", name)
                .query(Long.class).single() > 0;
    }

    /** Another row of the table already has this name; the row being renamed does not count. */
    public boolean nameTakenByAnother(String table, String idColumn, Object id, String name) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE lower(name) = lower(:name) AND " + idColumn + " <> :id")
                .param("name", name).param("id", id).query(Long.class).single() > 0;
    }

    public boolean renameDistrict(String id, int version, String name) {
        return jdbc.sql("UPDATE district SET name = :name, version = version + 1 WHERE district_id = :id AND version = :version")
                .param("name", name).param("id", id).param("version", version).update() == 1;
    }

    public boolean changeStation(UUID id, int version, String districtId, String name, String address) {
        return jdbc.sql("""
                UPDATE station SET name = :name, district_id = :district, address = :address, version = version + 1
                 WHERE station_id = :id AND version = :version
                """).param("name", name).param("district", districtId).param("address", address).param("id", id)
                .param("version", version).update() == 1;
    }

    public boolean changeTeam(UUID id, int version, UUID stationId, String name) {
        return jdbc.sql("UPDATE team SET name = :name, station_id = :station, version = version + 1 WHERE team_id = :id AND version = :version")
                .param("name", name).param("station", stationId).param("id", id).param("version", version).update() == 1;
    }

    public void addDistrict(ForceId force, String districtId, String name) {
        jdbc.sql("INSERT INTO district (force_id, district_id, name) VALUES (:force, :id, :name)")
                .param("force", force.value()).param("id", districtId).param("name", name).update();
    }

    public void addStation(ForceId force, UUID id, String districtId, String name, String address) {
        jdbc.sql("INSERT INTO station (force_id, station_id, district_id, name, address) VALUES (:force, :id, :district, :name, :address)")
                .param("force", force.value()).param("id", id).param("district", districtId).param("name", name)
                .param("address", address).update();
    }

    public void addTeam(ForceId force, UUID id, UUID stationId, String name) {
        jdbc.sql("INSERT INTO team (force_id, team_id, station_id, name) VALUES (:force, :id, :station, :name)")
                .param("force", force.value()).param("id", id).param("station", stationId).param("name", name).update();
    }
}
