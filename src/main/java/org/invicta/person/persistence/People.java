package org.invicta.person.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.invicta.identity.SearchKeys;
import org.invicta.person.Alias;
import org.invicta.person.BirthPrecision;
import org.invicta.person.Description;
import org.invicta.person.HeldAddress;
import org.invicta.person.Identifier;
import org.invicta.person.Person;
import org.invicta.person.WarningMarker;
import org.invicta.person.PersonDetails;
import org.invicta.person.PersonId;
import org.invicta.person.PersonVersion;
import org.invicta.platform.tenancy.ForceScopedTransactionManager;
import org.invicta.shared.ForceId;
import org.invicta.shared.Sensitivity;
import org.invicta.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.stereotype.Repository;

/** People of the acting force, each version kept in person_version. */
@Repository
public class People {

    /** How many names either side of the probe's, in alphabetical order, {@link #candidates} takes. */
    static final int NEAREST = 30;
    /** How many names {@link #candidates} takes under one name key, besides those born within a year of the probe. */
    static final int STRONG = 300;
    /** The most people {@link #candidates} answers: each costs the matcher a comparison and the query a row. */
    static final int CANDIDATES = 250;

    private static final long RECOUNTED_BELOW = 10_000;
    private static final Duration POPULATION_KEPT = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final Map<String, Population> populations = new ConcurrentHashMap<>();

    private record Population(long people, Instant at) {
    }

    People(DataSource dataSource, JsonMapper json, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.json = json;
        this.clock = clock;
    }

    /** Everything but the names, date of birth and sensitivity, kept as one JSON document per version. */
    record Document(String gender, String selfDefinedEthnicity, String officerDefinedEthnicity, String placeOfBirth,
                    List<Alias> aliases, List<Description> descriptions, List<HeldAddress> addresses, List<String> phones,
                    List<String> emails, List<Identifier> identifiers, List<WarningMarker> markers) {
        static Document of(PersonDetails d) {
            return new Document(d.gender(), d.selfDefinedEthnicity(), d.officerDefinedEthnicity(), d.placeOfBirth(),
                    d.aliases(), d.descriptions(), d.addresses(), d.phones(), d.emails(), d.identifiers(), d.markers());
        }
    }

    /** A name to find the person by, with the date of birth recorded with it. */
    public record StoredName(SearchKeys keys, @Nullable LocalDate dateOfBirth) {
    }

    /** An exact key to find the person by: an identifier type, PHONE, EMAIL or POSTCODE, and its value. */
    public record StoredKey(String kind, String value) {
    }

    public Optional<Person> byId(PersonId id) {
        return jdbc.sql("SELECT * FROM person WHERE person_id = :id").param("id", id.value())
                .query(this::person).optional();
    }

    public void add(ForceId force, PersonId id, PersonDetails details, @Nullable UserId by, Instant now) {
        jdbc.sql("""
                INSERT INTO person (force_id, person_id, given_names, surname, date_of_birth, date_of_birth_precision,
                                    sensitivity, details, version, created_at, updated_at)
                VALUES (:force, :id, :given, :surname, :dob, :precision, :sensitivity, CAST(:details AS jsonb), 1, :now, :now)
                """)
                .param("force", force.value()).param("id", id.value()).param("given", details.givenNames())
                .param("surname", details.surname()).param("dob", date(details)).param("precision", details.birthPrecision().name())
                .param("sensitivity", details.sensitivityOrOfficial().name()).param("details", document(details))
                .param("now", Timestamp.from(now)).update();
        keepVersion(force, id, 1, details, by, now);
    }

    /** Writes the change if the person is still at the expected version; false if someone got there first. */
    public boolean correct(ForceId force, PersonId id, int expectedVersion, PersonDetails details, @Nullable UserId by,
                           Instant now) {
        var updated = jdbc.sql("""
                UPDATE person SET given_names = :given, surname = :surname, date_of_birth = :dob,
                                  date_of_birth_precision = :precision, sensitivity = :sensitivity,
                                  details = CAST(:details AS jsonb), version = version + 1, updated_at = :now
                 WHERE person_id = :id AND version = :version
                """)
                .param("given", details.givenNames()).param("surname", details.surname()).param("dob", date(details))
                .param("precision", details.birthPrecision().name()).param("details", document(details))
                .param("sensitivity", details.sensitivityOrOfficial().name()).param("now", Timestamp.from(now))
                .param("id", id.value()).param("version", expectedVersion).update();
        if (updated == 0) return false;
        keepVersion(force, id, expectedVersion + 1, details, by, now);
        return true;
    }

    /** Rewrites the names and exact keys a person is found by: derived data, replaced whole on every change. */
    public void keepSearchKeys(ForceId force, PersonId id, List<StoredName> names, List<StoredKey> keys) {
        jdbc.sql("DELETE FROM person_name WHERE person_id = :id").param("id", id.value()).update();
        jdbc.sql("DELETE FROM person_key WHERE person_id = :id").param("id", id.value()).update();
        for (int i = 0; i < names.size(); i++) {
            var name = names.get(i).keys();
            var born = names.get(i).dateOfBirth();
            jdbc.sql("""
                    INSERT INTO person_name (force_id, person_id, name_no, given, surname, given_sound, surname_sound,
                                             surname_sound_alternate, given_family, given_initial, date_of_birth)
                    VALUES (:force, :id, :no, :given, :surname, :givenSound, :surnameSound, :alternate, :family, :initial, :dob)
                    """)
                    .param("force", force.value()).param("id", id.value()).param("no", i).param("given", name.given())
                    .param("surname", name.surname()).param("givenSound", name.givenSound())
                    .param("surnameSound", name.surnameSound()).param("alternate", name.surnameSoundAlternate())
                    .param("family", name.givenFamily()).param("initial", name.givenInitial())
                    .param("dob", born == null ? null : Date.valueOf(born)).update();
        }
        for (var key : keys.stream().distinct().toList())
            jdbc.sql("INSERT INTO person_key (force_id, kind, value, person_id) VALUES (:force, :kind, :value, :id)")
                    .param("force", force.value()).param("kind", key.kind()).param("value", key.value()).param("id", id.value()).update();
    }

    /** People of the acting force holding this exact key (an identifier, phone, e-mail or postcode). */
    public List<Person> withKey(String kind, String value) {
        return jdbc.sql("""
                SELECT * FROM person WHERE person_id IN (SELECT person_id FROM person_key WHERE kind = :kind AND value = :value)
                 LIMIT 100
                """).param("kind", kind).param("value", value).query(this::person).list();
    }

    /**
     * People of the acting force whose names share a cheap key with the probe: the surname's sound with
     * the given initial or variant family, the names' sounds swapped, the date of birth (and its usual
     * slips) with a name key, or the postcode with a name key or the date of birth; and, for names misspelt
     * beyond their sound, the nearest in alphabetical order to the probe's surname among those with the
     * same surname initial and the same given initial or variant family, and the nearest to the probe's
     * given name among those with the same surname. At most {@value #CANDIDATES}, those agreeing on most
     * first (the date of birth, the year of birth, the postcode, the surname, the given name); the matcher
     * ranks them.
     *
     * <p>Each key is a query of its own on an index. Under row-level security PostgreSQL uses an index only
     * for a leakproof comparison (equality, a range): one LIKE or trigram condition made the whole lookup a
     * scan of every name the force holds. So that a common name costs no more than a rare one in a large
     * force, a name key brings at most {@value #STRONG} names besides those born within a year of
     * {@code yearOfBirth} (typed in the search, or the year of the date of birth), and the nearest names
     * are read from an index in order, at most {@value #NEAREST} either side of the probe's.
     */
    public List<Person> candidates(SearchKeys probe, List<LocalDate> birthDates, @Nullable Integer yearOfBirth,
                                   String postcode) {
        var dates = birthDates.stream().map(Date::valueOf).toList();
        var start = probe.surname().isEmpty() ? "" : probe.surname().substring(0, 1);
        return jdbc.sql("""
                SELECT * FROM person WHERE person_id IN (
                  SELECT person_id FROM (
                    (SELECT *, 0 AS at_postcode FROM person_name
                      WHERE surname_sound IN (:surnameSound, :alternate) AND surname_sound <> '' AND given_initial = :initial
                        AND date_of_birth BETWEEN :bornFrom AND :bornTo)
                    UNION ALL
                    (SELECT *, 0 FROM person_name
                      WHERE surname_sound IN (:surnameSound, :alternate) AND surname_sound <> '' AND given_initial = :initial
                      LIMIT :strong)
                    UNION ALL
                    (SELECT *, 0 FROM person_name
                      WHERE surname_sound IN (:surnameSound, :alternate) AND surname_sound <> '' AND given_family = :family
                        AND :family >= 0 AND date_of_birth BETWEEN :bornFrom AND :bornTo)
                    UNION ALL
                    (SELECT *, 0 FROM person_name
                      WHERE surname_sound IN (:surnameSound, :alternate) AND surname_sound <> '' AND given_family = :family
                        AND :family >= 0 LIMIT :strong)
                    UNION ALL
                    (SELECT *, 0 FROM person_name
                      WHERE surname_sound IN (:surnameSound, :alternate) AND surname_sound <> '' AND :initial = '' LIMIT :strong)
                    UNION ALL
                    (SELECT *, 0 FROM person_name
                      WHERE surname_sound_alternate = :surnameSound AND surname_sound <> '' AND given_initial = :initial
                      LIMIT :strong)
                    UNION ALL
                    SELECT *, 0 FROM person_name
                     WHERE given_sound IN (:surnameSound, :alternate) AND surname_sound = :givenSound AND given_sound <> ''
                    UNION ALL
                    SELECT *, 0 FROM person_name
                     WHERE date_of_birth IN (:dates)
                       AND (given_initial = :initial OR surname_sound = :surnameSound OR surname_sound = :givenSound)
                    UNION ALL
                    (SELECT name.*, 1 FROM person_key AS k JOIN person_name AS name ON name.person_id = k.person_id
                      WHERE k.kind = 'POSTCODE' AND k.value = :postcode
                        AND (name.given_initial = :initial OR name.surname_sound IN (:surnameSound, :alternate, :givenSound)
                             OR name.given_sound IN (:surnameSound, :alternate) OR name.date_of_birth IN (:dates))
                      LIMIT :nearest)
                    UNION ALL
                    (SELECT *, 0 FROM person_name WHERE surname = :surname AND given >= :given ORDER BY given LIMIT :nearest)
                    UNION ALL
                    (SELECT *, 0 FROM person_name WHERE surname = :surname AND given < :given ORDER BY given DESC LIMIT :nearest)
                    UNION ALL
                    (SELECT *, 0 FROM person_name WHERE given_initial = :initial AND :initial <> ''
                        AND surname >= :surname AND surname < :startAfter ORDER BY surname LIMIT :nearest)
                    UNION ALL
                    (SELECT *, 0 FROM person_name WHERE given_initial = :initial AND :initial <> ''
                        AND surname < :surname AND surname >= :start ORDER BY surname DESC LIMIT :nearest)
                    UNION ALL
                    (SELECT *, 0 FROM person_name WHERE given_family = :family AND :family >= 0
                        AND surname >= :surname AND surname < :startAfter ORDER BY surname LIMIT :nearest)
                    UNION ALL
                    (SELECT *, 0 FROM person_name WHERE given_family = :family AND :family >= 0
                        AND surname < :surname AND surname >= :start ORDER BY surname DESC LIMIT :nearest)
                  ) AS found
                  GROUP BY person_id
                  ORDER BY max(CASE WHEN date_of_birth IN (:dates) THEN 8 ELSE 0 END
                             + CASE WHEN date_of_birth BETWEEN :bornFrom AND :bornTo THEN 4 ELSE 0 END
                             + 4 * at_postcode
                             + CASE WHEN surname = :surname THEN 2 WHEN surname_sound IN (:surnameSound, :alternate) THEN 1 ELSE 0 END
                             + CASE WHEN given = :given THEN 2
                                    WHEN given_initial = :initial OR given_family = :family AND :family >= 0 THEN 1 ELSE 0 END
                             + CASE WHEN given_sound IN (:surnameSound, :alternate) AND surname_sound = :givenSound THEN 3 ELSE 0 END)
                           DESC, person_id
                  LIMIT :candidates)
                """)
                .param("surnameSound", probe.surnameSound()).param("alternate", probe.surnameSoundAlternate())
                .param("initial", probe.givenInitial()).param("family", probe.givenFamily())
                .param("givenSound", probe.givenSound()).param("surname", probe.surname()).param("given", probe.given())
                // Names are kept as lower-case letters and digits and compared byte by byte (C collation), so
                // the character after the first bounds every surname starting with it.
                .param("start", start).param("startAfter", start.isEmpty() ? "" : String.valueOf((char) (start.charAt(0) + 1)))
                .param("dates", dates.isEmpty() ? List.of(Date.valueOf("0001-01-01")) : dates)
                .param("bornFrom", Date.valueOf(yearOfBirth == null ? LocalDate.of(1, 1, 1) : LocalDate.of(yearOfBirth - 1, 1, 1)))
                .param("bornTo", Date.valueOf(yearOfBirth == null ? LocalDate.of(1, 1, 1) : LocalDate.of(yearOfBirth + 1, 12, 31)))
                .param("postcode", postcode.replace(" ", "").toUpperCase())
                .param("nearest", NEAREST).param("strong", STRONG).param("candidates", CANDIDATES)
                .query(this::person).list();
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

    /**
     * {@link #count()} for the matcher's prior, which needs the size of the force, not its latest record:
     * a force of fewer than {@value #RECOUNTED_BELOW} people is counted every time, a larger one at most
     * once a minute, since counting a million rows takes longer than the search it serves.
     */
    public long population() {
        var force = ForceScopedTransactionManager.currentTransactionForce();
        var now = clock.instant();
        var known = populations.get(force);
        if (known != null && known.people() >= RECOUNTED_BELOW && known.at().plus(POPULATION_KEPT).isAfter(now))
            return known.people();
        var people = count();
        populations.put(force, new Population(people, now));
        return people;
    }

    public Optional<PersonDetails> version(PersonId id, int version) {
        return jdbc.sql("SELECT * FROM person_version WHERE person_id = :id AND version = :version")
                .param("id", id.value()).param("version", version).query(this::details).optional();
    }

    public List<PersonVersion> history(PersonId id) {
        return jdbc.sql("SELECT * FROM person_version WHERE person_id = :id ORDER BY version DESC")
                .param("id", id.value())
                .query((rs, n) -> new PersonVersion(id, ForceId.of(rs.getString("force_id")), rs.getInt("version"), details(rs, n),
                        rs.getTimestamp("changed_at").toInstant(), rs.getObject("changed_by", UUID.class)))
                .list();
    }

    private void keepVersion(ForceId force, PersonId id, int version, PersonDetails details, @Nullable UserId by,
                             Instant now) {
        jdbc.sql("""
                INSERT INTO person_version (force_id, person_id, version, given_names, surname, date_of_birth,
                                            date_of_birth_precision, sensitivity, details, changed_at, changed_by)
                VALUES (:force, :id, :version, :given, :surname, :dob, :precision, :sensitivity, CAST(:details AS jsonb), :now, :by)
                """)
                .param("force", force.value()).param("id", id.value()).param("version", version)
                .param("given", details.givenNames()).param("surname", details.surname()).param("dob", date(details))
                .param("precision", details.birthPrecision().name()).param("details", document(details))
                .param("sensitivity", details.sensitivityOrOfficial().name()).param("now", Timestamp.from(now))
                .param("by", by == null ? null : by.value()).update();
    }

    private static @Nullable Date date(PersonDetails details) {
        return details.dateOfBirth() == null ? null : Date.valueOf(details.dateOfBirth());
    }

    /** Every record of the acting force not merged into another. */
    public List<Person> active() {
        return jdbc.sql("SELECT * FROM person WHERE merged_into IS NULL ORDER BY created_at").query(this::person).list();
    }

    /** The records merged into this one, as they were recorded. */
    public List<Person> mergedInto(PersonId survivor) {
        return jdbc.sql("SELECT * FROM person WHERE merged_into = :id ORDER BY created_at").param("id", survivor.value())
                .query(this::person).list();
    }

    /**
     * Marks one person merged into another, or undoes it (survivor null), if each is still at the version
     * the reviewer saw and neither is already merged; false if either moved on.
     */
    public boolean setMergedInto(PersonId person, int expectedVersion, @Nullable PersonId survivor, Instant now) {
        return jdbc.sql("""
                UPDATE person SET merged_into = :survivor, version = version + 1, updated_at = :now
                 WHERE person_id = :id AND version = :version AND (merged_into IS NULL) = (CAST(:survivor AS uuid) IS NOT NULL)
                """)
                .param("survivor", survivor == null ? null : survivor.value()).param("now", Timestamp.from(now))
                .param("id", person.value()).param("version", expectedVersion).update() == 1;
    }

    /** A new version with nothing changed but the version: a merge or unmerge touched the record. */
    public boolean touch(PersonId person, int expectedVersion, Instant now) {
        return jdbc.sql("""
                UPDATE person SET version = version + 1, updated_at = :now
                 WHERE person_id = :id AND version = :version AND merged_into IS NULL
                """)
                .param("now", Timestamp.from(now)).param("id", person.value()).param("version", expectedVersion).update() == 1;
    }

    /** Keeps the version a merge or unmerge made, with the details as they were: nothing in them changes. */
    public void keepVersionOf(PersonId id, @Nullable UserId by, Instant now) {
        var person = byId(id).orElseThrow();
        keepVersion(person.force(), id, person.version(), person.details(), by, now);
    }

    private Person person(ResultSet rs, int row) throws SQLException {
        return new Person(new PersonId(rs.getObject("person_id", UUID.class)), ForceId.of(rs.getString("force_id")),
                details(rs, row), rs.getInt("version"), rs.getTimestamp("updated_at").toInstant(),
                rs.getObject("merged_into") == null ? null : new PersonId(rs.getObject("merged_into", UUID.class)));
    }

    private PersonDetails details(ResultSet rs, int row) throws SQLException {
        var dob = rs.getDate("date_of_birth");
        var document = json.readValue(rs.getString("details"), Document.class);
        return new PersonDetails(rs.getString("given_names"), rs.getString("surname"), dob == null ? null : dob.toLocalDate(),
                BirthPrecision.valueOf(rs.getString("date_of_birth_precision")), Sensitivity.valueOf(rs.getString("sensitivity")),
                document.gender(), document.selfDefinedEthnicity(), document.officerDefinedEthnicity(), document.placeOfBirth(),
                document.aliases(), document.descriptions(), document.addresses(), document.phones(), document.emails(),
                document.identifiers(), document.markers());
    }

    private String document(PersonDetails details) {
        return json.writeValueAsString(Document.of(details));
    }
}
