package org.invicta.crime.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.invicta.crime.Incident;
import org.invicta.crime.IncidentId;
import org.invicta.crime.InvolvedPerson;
import org.invicta.shared.ForceId;
import org.invicta.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Incidents of the acting force, with the people in them and their logs. */
@Repository
public class Incidents {

    private final JdbcClient jdbc;

    Incidents(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public record NewIncident(IncidentId id, String number, String channel, String openingType, Instant reportedAt,
                              Incident.Place place, String narrative, String district) {
    }

    public void add(ForceId force, NewIncident incident, @Nullable UserId by, Instant now) {
        jdbc.sql("""
                INSERT INTO incident (force_id, incident_id, incident_number, channel, opening_type, reported_at, location_text,
                                      postcode, latitude, longitude, narrative, district, status, version, updated_at, updated_by)
                VALUES (:force, :id, :number, :channel, :type, :reported, :text, :postcode, :lat, :lng, :narrative, :district, 'OPEN', 1,
                        :now, :by)
                """).param("force", force.value()).param("id", incident.id().value()).param("number", incident.number())
                .param("channel", incident.channel()).param("type", incident.openingType())
                .param("reported", Timestamp.from(incident.reportedAt())).param("text", incident.place().text())
                .param("postcode", incident.place().postcode()).param("lat", incident.place().latitude())
                .param("lng", incident.place().longitude()).param("narrative", incident.narrative()).param("district", incident.district())
                .param("now", Timestamp.from(now)).param("by", by == null ? null : by.value()).update();
    }

    public void involve(ForceId force, IncidentId id, InvolvedPerson person) {
        jdbc.sql("INSERT INTO incident_person (force_id, incident_id, person_id, role) VALUES (:force, :id, :person, :role) ON CONFLICT DO NOTHING")
                .param("force", force.value()).param("id", id.value()).param("person", person.personId())
                .param("role", person.role().name()).update();
    }

    public void log(ForceId force, IncidentId id, String text, @Nullable UserId by, Instant now) {
        jdbc.sql("""
                INSERT INTO incident_log (force_id, incident_id, entry, written_at, written_by, text)
                SELECT :force, :id, coalesce(max(entry), 0) + 1, :now, :by, :text FROM incident_log WHERE incident_id = :id
                """).param("force", force.value()).param("id", id.value()).param("now", Timestamp.from(now))
                .param("by", by == null ? null : by.value()).param("text", text).update();
    }

    /** Moves the incident on, if it is still at the version the caller read. */
    public boolean decide(IncidentId id, int expectedVersion, String status, String closingType, String nonCrimeRationale,
                          @Nullable UserId by, Instant now) {
        return jdbc.sql("""
                UPDATE incident SET status = :status, closing_type = :closing, non_crime_rationale = :rationale,
                       version = version + 1, updated_at = :now, updated_by = :by
                 WHERE incident_id = :id AND version = :version
                """).param("status", status).param("closing", closingType).param("rationale", nonCrimeRationale)
                .param("now", Timestamp.from(now)).param("by", by == null ? null : by.value()).param("id", id.value())
                .param("version", expectedVersion).update() == 1;
    }

    public boolean markN100(IncidentId id, int expectedVersion, String reason, @Nullable UserId by, Instant now) {
        return jdbc.sql("""
                UPDATE incident SET status = 'N100', n100_reason = :reason, version = version + 1, updated_at = :now, updated_by = :by
                 WHERE incident_id = :id AND version = :version AND status = 'OPEN'
                """).param("reason", reason).param("now", Timestamp.from(now)).param("by", by == null ? null : by.value())
                .param("id", id.value()).param("version", expectedVersion).update() == 1;
    }

    /** N100 records of the force, newest first: never deleted, each still able to become a crime. */
    public List<Incident> n100s(int limit) {
        return jdbc.sql("SELECT * FROM incident WHERE status = 'N100' ORDER BY reported_at DESC LIMIT :limit").param("limit", limit)
                .query((rs, row) -> incident(rs, List.of(), List.of())).list();
    }

    public Optional<Incident> byId(IncidentId id) {
        return jdbc.sql("SELECT * FROM incident WHERE incident_id = :id").param("id", id.value())
                .query((rs, row) -> incident(rs, people(id), logOf(id))).optional();
    }

    /** Open incidents, oldest report first: those whose recording decision is due soonest or already late. */
    public List<Incident> awaitingDecision(int limit) {
        return jdbc.sql("SELECT * FROM incident WHERE status = 'OPEN' ORDER BY reported_at LIMIT :limit").param("limit", limit)
                .query((rs, row) -> incident(rs, List.of(), List.of())).list();
    }

    private List<InvolvedPerson> people(IncidentId id) {
        return jdbc.sql("""
                SELECT ip.person_id, ip.role, coalesce(p.given_names || ' ' || upper(p.surname), '') AS name
                  FROM incident_person ip LEFT JOIN person p ON p.force_id = ip.force_id AND p.person_id = ip.person_id
                 WHERE ip.incident_id = :id ORDER BY ip.role, name
                """).param("id", id.value()).query((rs, row) -> new InvolvedPerson(rs.getObject("person_id", UUID.class),
                rs.getString("name").trim(), InvolvedPerson.Role.valueOf(rs.getString("role")))).list();
    }

    private List<Incident.LogEntry> logOf(IncidentId id) {
        return jdbc.sql("SELECT entry, written_at, text FROM incident_log WHERE incident_id = :id ORDER BY entry").param("id", id.value())
                .query((rs, row) -> new Incident.LogEntry(rs.getInt("entry"), rs.getTimestamp("written_at").toInstant(),
                        rs.getString("text"))).list();
    }

    private static Incident incident(ResultSet rs, List<InvolvedPerson> people, List<Incident.LogEntry> log) throws SQLException {
        return new Incident(new IncidentId(rs.getObject("incident_id", UUID.class)), ForceId.of(rs.getString("force_id")),
                rs.getString("incident_number"), rs.getString("channel"), rs.getString("opening_type"), rs.getString("closing_type"),
                rs.getTimestamp("reported_at").toInstant(),
                new Incident.Place(rs.getString("location_text"), rs.getString("postcode"), decimal(rs.getBigDecimal("latitude")),
                        decimal(rs.getBigDecimal("longitude"))),
                rs.getString("narrative"), rs.getString("status"), rs.getString("status").equals("N100") ? rs.getString("n100_reason")
                        : rs.getString("non_crime_rationale"), people, log, rs.getInt("version"));
    }

    static @Nullable Double decimal(@Nullable BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
