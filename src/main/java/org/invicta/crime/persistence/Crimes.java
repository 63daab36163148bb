package org.invicta.crime.persistence;

import static org.invicta.crime.persistence.Incidents.decimal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.invicta.crime.Crime;
import org.invicta.crime.CrimeId;
import org.invicta.crime.CrimeLink;
import org.invicta.crime.CrimeWords;
import org.invicta.crime.IncidentId;
import org.invicta.crime.InvolvedPerson;
import org.invicta.crime.recording.Classification;
import org.invicta.shared.ForceId;
import org.invicta.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Crimes of the acting force: those recorded from incidents and those imported from police.uk. */
@Repository
public class Crimes {

    private static final String SUMMARY_COLUMNS = """
            crime_id, force_id, crime_number, source, incident_id, rules_year, class_code, subclass_code, category_code, month,
            reported_at, recorded_at, status, location_text, latitude, longitude, lsoa_code, lsoa_name, victim_name, outcome_code, allocated_to, transferred_to,
            version
            """;

    private final JdbcClient jdbc;
    private final Classifications classifications;

    Crimes(DataSource dataSource, Classifications classifications) {
        this.jdbc = JdbcClient.create(dataSource);
        this.classifications = classifications;
    }

    public record NewCrime(CrimeId id, String number, IncidentId incident, Classification classification,
                           List<Classification> secondary, Instant reportedAt, String place, @Nullable Double latitude,
                           @Nullable Double longitude, String lsoaCode, String lsoaName, String victimName,
                           @Nullable UserId allocatedTo) {
    }

    public void add(ForceId force, NewCrime crime, @Nullable UserId by, Instant now) {
        var c = crime.classification();
        var month = java.sql.Date.valueOf(YearMonth.from(now.atZone(java.time.ZoneOffset.UTC)).atDay(1));
        jdbc.sql("""
                INSERT INTO crime (force_id, crime_id, crime_number, source, incident_id, rules_year, class_code, subclass_code,
                                   category_code, month, reported_at, recorded_at, status, location_text, latitude, longitude,
                                   lsoa_code, lsoa_name, victim_name, allocated_to, search_words, version, updated_at, updated_by)
                VALUES (:force, :id, :number, 'INCIDENT', :incident, :year, :class, :subclass, :category, :month, :reported, :now,
                        'RECORDED', :place, :lat, :lng, :lsoa, :lsoaName, :victim, :allocated, CAST(:words AS text[]), 1, :now, :by)
                """).param("force", force.value()).param("id", crime.id().value()).param("number", crime.number())
                .param("incident", crime.incident().value()).param("year", c.rulesYear()).param("class", c.classCode())
                .param("subclass", c.subclassCode()).param("category", c.categoryCode())
                .param("month", month)
                .param("reported", Timestamp.from(crime.reportedAt())).param("now", Timestamp.from(now))
                .param("place", crime.place()).param("lat", crime.latitude()).param("lng", crime.longitude())
                .param("lsoa", crime.lsoaCode()).param("lsoaName", crime.lsoaName())
                .param("victim", crime.victimName()).param("allocated", crime.allocatedTo() == null ? null : crime.allocatedTo().value())
                .param("words", CrimeWords.of(crime.number(), crime.place(), crime.lsoaName(), crime.victimName(), c.title(),
                        classifications.categoryName(c.categoryCode())).toArray(String[]::new))
                .param("by", by == null ? null : by.value()).update();
        for (var offence : crime.secondary())
            jdbc.sql("""
                    INSERT INTO crime_secondary_offence (force_id, crime_id, rules_year, class_code, subclass_code)
                    VALUES (:force, :id, :year, :class, :subclass) ON CONFLICT DO NOTHING
                    """).param("force", force.value()).param("id", crime.id().value()).param("year", offence.rulesYear())
                    .param("class", offence.classCode()).param("subclass", offence.subclassCode()).update();
    }

    /** Files the crime under more words for search: its own at recording, a new classification's later. */
    public void fileUnder(CrimeId id, java.util.Collection<String> words) {
        jdbc.sql("""
                UPDATE crime SET search_words = ARRAY(SELECT DISTINCT w FROM unnest(search_words || CAST(:words AS text[])) AS w ORDER BY w)
                 WHERE crime_id = :id
                """).param("words", words.toArray(String[]::new)).param("id", id.value()).update();
    }

    public void link(ForceId force, CrimeId id, String kind, UUID linked, String role, String summary, UserId by, Instant now) {
        jdbc.sql("""
                INSERT INTO crime_link (force_id, crime_id, kind, linked_id, role, summary, linked_by, linked_at)
                VALUES (:force, :crime, :kind, :linked, :role, :summary, :by, :now) ON CONFLICT DO NOTHING
                """).param("force", force.value()).param("crime", id.value()).param("kind", kind).param("linked", linked)
                .param("role", role).param("summary", summary).param("by", by.value()).param("now", Timestamp.from(now)).update();
    }

    public List<CrimeLink> links(CrimeId id) {
        return jdbc.sql("SELECT kind, linked_id, role, summary, linked_at FROM crime_link WHERE crime_id = :id ORDER BY kind, role, summary")
                .param("id", id.value()).query((rs, row) -> new CrimeLink(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant())).list();
    }

    public boolean describeMethod(CrimeId id, int expectedVersion, String modusOperandi, UserId by, Instant now) {
        return jdbc.sql("""
                UPDATE crime SET modus_operandi = :mo, version = version + 1, updated_at = :now, updated_by = :by
                 WHERE crime_id = :id AND version = :version
                """).param("mo", modusOperandi).param("now", Timestamp.from(now)).param("by", by.value()).param("id", id.value())
                .param("version", expectedVersion).update() == 1;
    }

    public String modusOperandi(CrimeId id) {
        return jdbc.sql("SELECT modus_operandi FROM crime WHERE crime_id = :id").param("id", id.value()).query(String.class).optional().orElse("");
    }

    public void involve(ForceId force, CrimeId id, InvolvedPerson person) {
        jdbc.sql("INSERT INTO crime_person (force_id, crime_id, person_id, role) VALUES (:force, :id, :person, :role) ON CONFLICT DO NOTHING")
                .param("force", force.value()).param("id", id.value()).param("person", person.personId())
                .param("role", person.role().name()).update();
    }

    public Optional<Crime> byId(CrimeId id) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM crime WHERE crime_id = :id").param("id", id.value())
                .query((rs, row) -> crime(rs, people(id), secondary(id))).optional();
    }

    public Optional<Crime> byNumber(String number) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM crime WHERE crime_number = :number")
                .param("number", number.trim().toUpperCase(java.util.Locale.ROOT))
                .query((rs, row) -> crime(rs, List.of(), List.of())).optional();
    }

    /** The crimes allocated to an officer, newest first: the investigator's list. */
    public List<Crime> allocatedTo(UserId officer, int limit) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM crime WHERE allocated_to = :officer ORDER BY recorded_at DESC LIMIT :limit")
                .param("officer", officer.value()).param("limit", limit).query((rs, row) -> crime(rs, List.of(), List.of())).list();
    }

    /** Crimes filed under every one of the words, newest first (see crimes_with_words in the migrations). */
    public List<Crime> withWords(List<String> words, int limit) {
        if (words.isEmpty()) return List.of();
        return jdbc.sql("""
                SELECT SUMMARY_COLUMNS FROM crime JOIN crimes_with_words(CAST(:words AS text[]), :limit) AS found(crime_id) USING (crime_id)
                 ORDER BY month DESC, crime_id
                """.replace("SUMMARY_COLUMNS", SUMMARY_COLUMNS)).param("words", words.toArray(String[]::new)).param("limit", limit)
                .query((rs, row) -> crime(rs, List.of(), List.of())).list();
    }

    /** The distinct places crimes were recorded or published at within the bounds, with their names ("On or near Week Street"). */
    public List<org.invicta.map.Landmarks.Landmark> placesWithin(org.invicta.map.Area.Bounds bounds, int most) {
        return jdbc.sql("""
                SELECT DISTINCT ON (latitude, longitude) latitude, longitude, location_text FROM crime
                 WHERE latitude BETWEEN :south AND :north AND longitude BETWEEN :west AND :east
                   AND location_text NOT IN ('', 'On or near')
                 ORDER BY latitude, longitude LIMIT :most
                """).param("south", bounds.south()).param("north", bounds.north()).param("west", bounds.west())
                .param("east", bounds.east()).param("most", most)
                .query((rs, row) -> new org.invicta.map.Landmarks.Landmark(rs.getDouble(1), rs.getDouble(2), rs.getString(3))).list();
    }

    public List<Crime> fromIncident(IncidentId incident) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM crime WHERE incident_id = :incident ORDER BY crime_number")
                .param("incident", incident.value()).query((rs, row) -> crime(rs, List.of(), List.of())).list();
    }

    private List<InvolvedPerson> people(CrimeId id) {
        return jdbc.sql("""
                SELECT cp.person_id, cp.role, coalesce(p.given_names || ' ' || upper(p.surname), '') AS name
                  FROM crime_person cp LEFT JOIN person p ON p.force_id = cp.force_id AND p.person_id = cp.person_id
                 WHERE cp.crime_id = :id ORDER BY cp.role, name
                """).param("id", id.value()).query((rs, row) -> new InvolvedPerson(rs.getObject("person_id", UUID.class),
                rs.getString("name").trim(), InvolvedPerson.Role.valueOf(rs.getString("role")))).list();
    }

    private List<Classification> secondary(CrimeId id) {
        return jdbc.sql("SELECT rules_year, class_code, subclass_code FROM crime_secondary_offence WHERE crime_id = :id")
                .param("id", id.value())
                .query((rs, row) -> classifications.of(rs.getString(1), rs.getString(2), rs.getString(3)).orElse(null)).list()
                .stream().filter(java.util.Objects::nonNull).toList();
    }

    private Crime crime(ResultSet rs, List<InvolvedPerson> people, List<Classification> secondary) throws SQLException {
        var classCode = rs.getString("class_code");
        var classification = classCode == null ? null
                : classifications.of(rs.getString("rules_year"), classCode, rs.getString("subclass_code")).orElse(null);
        var incident = rs.getObject("incident_id", UUID.class);
        var reported = rs.getTimestamp("reported_at");
        var allocated = rs.getObject("allocated_to", UUID.class);
        return new Crime(new CrimeId(rs.getObject("crime_id", UUID.class)), ForceId.of(rs.getString("force_id")),
                rs.getString("crime_number"), rs.getString("source"), incident == null ? null : new IncidentId(incident),
                classification, secondary, rs.getString("category_code"), YearMonth.from(rs.getDate("month").toLocalDate()),
                reported == null ? null : reported.toInstant(), rs.getTimestamp("recorded_at").toInstant(), rs.getString("status"),
                rs.getString("location_text"), decimal(rs.getBigDecimal("latitude")), decimal(rs.getBigDecimal("longitude")),
                text(rs.getString("lsoa_code")), text(rs.getString("lsoa_name")), rs.getString("victim_name"), rs.getString("outcome_code"), allocated, rs.getString("transferred_to"), people,
                rs.getInt("version"));
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
