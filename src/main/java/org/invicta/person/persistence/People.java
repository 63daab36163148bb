package org.invicta.person.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
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
