package org.invicta.person.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.invicta.identity.SearchKeys;
import org.invicta.person.Person;
import org.invicta.person.PersonDetails;
import org.invicta.person.PersonId;
import org.invicta.person.PersonVersion;
import org.invicta.shared.ForceId;
import org.invicta.shared.Sensitivity;
import org.invicta.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** People of the acting force, each version kept in person_version. */
@Repository
public class People {

    private final JdbcClient jdbc;

    People(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public Optional<Person> byId(PersonId id) {
        return jdbc.sql("SELECT * FROM person WHERE person_id = :id").param("id", id.value())
                .query(People::person).optional();
    }

    public void add(ForceId force, PersonId id, PersonDetails details, @Nullable UserId by, Instant now) {
        jdbc.sql("""
                INSERT INTO person (force_id, person_id, given_names, surname, date_of_birth, sensitivity, version,
                                    created_at, updated_at)
                VALUES (:force, :id, :given, :surname, :dob, :sensitivity, 1, :now, :now)
                """)
                .param("force", force.value()).param("id", id.value()).param("given", details.givenNames())
                .param("surname", details.surname()).param("dob", date(details))
                .param("sensitivity", details.sensitivityOrOfficial().name()).param("now", Timestamp.from(now)).update();
        keepVersion(force, id, 1, details, by, now);
    }

    /** Writes the change if the person is still at the expected version; false if someone got there first. */
    public boolean correct(ForceId force, PersonId id, int expectedVersion, PersonDetails details, @Nullable UserId by,
                           Instant now) {
        var updated = jdbc.sql("""
                UPDATE person SET given_names = :given, surname = :surname, date_of_birth = :dob,
                                  sensitivity = :sensitivity, version = version + 1, updated_at = :now
                 WHERE person_id = :id AND version = :version
                """)
                .param("given", details.givenNames()).param("surname", details.surname()).param("dob", date(details))
                .param("sensitivity", details.sensitivityOrOfficial().name()).param("now", Timestamp.from(now))
                .param("id", id.value()).param("version", expectedVersion).update();
        if (updated == 0) return false;
        keepVersion(force, id, expectedVersion + 1, details, by, now);
        return true;
    }

    /** Rewrites the names a person is found by: derived data, replaced whole on every change. */
    public void keepNames(ForceId force, PersonId id, List<SearchKeys> names, @Nullable LocalDate dateOfBirth) {
        jdbc.sql("DELETE FROM person_name WHERE person_id = :id").param("id", id.value()).update();
        for (int i = 0; i < names.size(); i++) {
            var keys = names.get(i);
            jdbc.sql("""
                    INSERT INTO person_name (force_id, person_id, name_no, given, surname, given_sound, surname_sound,
                                             surname_sound_alternate, given_family, given_initial, date_of_birth)
                    VALUES (:force, :id, :no, :given, :surname, :givenSound, :surnameSound, :alternate, :family, :initial, :dob)
                    """)
                    .param("force", force.value()).param("id", id.value()).param("no", i).param("given", keys.given())
                    .param("surname", keys.surname()).param("givenSound", keys.givenSound())
                    .param("surnameSound", keys.surnameSound()).param("alternate", keys.surnameSoundAlternate())
                    .param("family", keys.givenFamily()).param("initial", keys.givenInitial())
                    .param("dob", dateOfBirth == null ? null : Date.valueOf(dateOfBirth)).update();
        }
    }

    /**
     * People of the acting force whose names share a cheap key with the probe: the surname's sound with
     * the given initial or variant family, the names' sounds swapped, the exact surname, the date of
     * birth (and its usual slips) with a name key, or a surname with similar trigrams. At most 500; the
     * matcher ranks them.
     */
    public List<Person> candidates(SearchKeys probe, List<LocalDate> birthDates) {
        var dates = birthDates.stream().map(Date::valueOf).toList();
        return jdbc.sql("""
                SELECT * FROM person WHERE person_id IN (
                  SELECT person_id FROM person_name
                   WHERE (surname_sound IN (:surnameSound, :alternate) AND surname_sound <> ''
                          AND (given_initial = :initial OR given_family = :family OR :initial = ''))
                      OR (surname_sound_alternate = :surnameSound AND surname_sound <> '' AND given_initial = :initial)
                      OR (given_sound IN (:surnameSound, :alternate) AND surname_sound = :givenSound AND given_sound <> '')
                      OR surname = :surname
                      OR (given_family = :family AND :family >= 0 AND surname LIKE :surnameStart)
                      OR (date_of_birth IN (:dates) AND (given_initial = :initial OR surname_sound = :surnameSound
                                                         OR surname_sound = :givenSound))
                      OR (surname % :surname AND given_initial = :initial)
                   LIMIT 500)
                """)
                .param("surnameSound", probe.surnameSound()).param("alternate", probe.surnameSoundAlternate())
                .param("initial", probe.givenInitial()).param("family", probe.givenFamily())
                .param("givenSound", probe.givenSound()).param("surname", probe.surname())
                .param("surnameStart", probe.surname().isEmpty() ? "\u0000" : probe.surname().substring(0, 1) + "%")
                .param("dates", dates.isEmpty() ? List.of(Date.valueOf("0001-01-01")) : dates)
                .query(People::person).list();
    }

    public void queueForDuplicateReview(ForceId force, PersonId id, String reason, List<PersonId> shown, double bestMatch,
                                        @Nullable UserId by, Instant now) {
        jdbc.sql("""
                INSERT INTO person_duplicate_override (force_id, person_id, reason, shown, best_match, recorded_by, recorded_at)
                VALUES (:force, :id, :reason, :shown, :best, :by, :now)
                """)
                .param("force", force.value()).param("id", id.value()).param("reason", reason)
                .param("shown", shown.stream().map(PersonId::value).toArray(UUID[]::new))
                .param("best", bestMatch).param("by", by == null ? null : by.value()).param("now", Timestamp.from(now)).update();
    }

    /** How many people the acting force holds: the population a new entry might duplicate. */
    public long count() {
        return jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();
    }

    public Optional<PersonDetails> version(PersonId id, int version) {
        return jdbc.sql("SELECT * FROM person_version WHERE person_id = :id AND version = :version")
                .param("id", id.value()).param("version", version).query(People::details).optional();
    }

    public List<PersonVersion> history(PersonId id) {
        return jdbc.sql("SELECT * FROM person_version WHERE person_id = :id ORDER BY version DESC")
                .param("id", id.value())
                .query((rs, n) -> new PersonVersion(rs.getInt("version"), details(rs, n),
                        rs.getTimestamp("changed_at").toInstant(), rs.getObject("changed_by", UUID.class)))
                .list();
    }

    private void keepVersion(ForceId force, PersonId id, int version, PersonDetails details, @Nullable UserId by,
                             Instant now) {
        jdbc.sql("""
                INSERT INTO person_version (force_id, person_id, version, given_names, surname, date_of_birth,
                                            sensitivity, changed_at, changed_by)
                VALUES (:force, :id, :version, :given, :surname, :dob, :sensitivity, :now, :by)
                """)
                .param("force", force.value()).param("id", id.value()).param("version", version)
                .param("given", details.givenNames()).param("surname", details.surname()).param("dob", date(details))
                .param("sensitivity", details.sensitivityOrOfficial().name()).param("now", Timestamp.from(now))
                .param("by", by == null ? null : by.value()).update();
    }

    private static @Nullable Date date(PersonDetails details) {
        return details.dateOfBirth() == null ? null : Date.valueOf(details.dateOfBirth());
    }

    private static Person person(ResultSet rs, int row) throws SQLException {
        var dob = rs.getDate("date_of_birth");
        return new Person(new PersonId(rs.getObject("person_id", UUID.class)), ForceId.of(rs.getString("force_id")),
                rs.getString("given_names"), rs.getString("surname"), dob == null ? null : dob.toLocalDate(),
                Sensitivity.valueOf(rs.getString("sensitivity")), rs.getInt("version"),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static PersonDetails details(ResultSet rs, int row) throws SQLException {
        var dob = rs.getDate("date_of_birth");
        return new PersonDetails(rs.getString("given_names"), rs.getString("surname"),
                dob == null ? null : dob.toLocalDate(), Sensitivity.valueOf(rs.getString("sensitivity")));
    }
}
