package org.invicta.bench;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.invicta.identity.PersonMatching;
import org.invicta.identity.PersonRecord;
import org.invicta.identity.matching.NameForms;
import org.invicta.shared.ForceId;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads people into one force as recording them would leave them, fast: person, its first
 * person_version, the name under the real matcher's keys (person_name) and the exact keys
 * (person_key: the postcode, and a PNC ID where there is one), with PostgreSQL's COPY as the schema
 * owner, in one transaction. The details document holds the current address, and the PNC ID, in the
 * shape {@code People.Document} reads, so the matcher sees what it would see of a recorded person.
 */
final class PeopleFiller {

    private static final int CHUNK_CHARS = 4 << 20;
    private static final Instant RECORDED = Instant.parse("2026-01-05T08:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A person to load: the id to give them, what was recorded, and their PNC ID if they have one. */
    record Loaded(UUID id, PersonRecord record, @Nullable String pncId) {
    }

    /** How long each table took and how many rows it got. */
    record Table(String name, long rows, long nanos) {
    }

    private final DataSource owner;
    private final ForceId force;
    private final PersonMatching matching;

    PeopleFiller(DataSource owner, ForceId force, PersonMatching matching) {
        this.owner = owner;
        this.force = force;
        this.matching = matching;
    }

    List<Table> load(List<Loaded> people) throws SQLException {
        var tables = new ArrayList<Table>();
        try (var connection = owner.getConnection()) {
            connection.setAutoCommit(false);
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            tables.add(copy(copy, "person", "force_id, person_id, given_names, surname, date_of_birth, "
                    + "date_of_birth_precision, sensitivity, details, version, created_at, updated_at", people, this::person));
            tables.add(copy(copy, "person_version", "force_id, person_id, version, given_names, surname, date_of_birth, "
                    + "date_of_birth_precision, sensitivity, details, changed_at, changed_by", people, this::version));
            tables.add(copy(copy, "person_name", "force_id, person_id, name_no, given, surname, given_sound, surname_sound, "
                    + "surname_sound_alternate, given_family, given_initial, date_of_birth", people, this::name));
            tables.add(copy(copy, "person_key", "force_id, kind, value, person_id", people, this::keys));
            connection.commit();
        }
        return tables;
    }

    private Table copy(CopyManager copy, String table, String columns, List<Loaded> people,
                       BiConsumer<Loaded, Lines> lines) throws SQLException {
        var started = System.nanoTime();
        var in = copy.copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
        var out = new Lines();
        for (int i = 0; i < people.size(); i++) {
            lines.accept(people.get(i), out);
            if (out.text.length() > CHUNK_CHARS || i == people.size() - 1) {
                var bytes = out.text.toString().getBytes(StandardCharsets.UTF_8);
                in.writeToCopy(bytes, 0, bytes.length);
                out.text.setLength(0);
            }
        }
        in.endCopy();
        return new Table(table, out.rows, System.nanoTime() - started);
    }

    private void person(Loaded p, Lines out) {
        var r = p.record();
        out.field(force.value()).field(p.id()).field(r.givenNames()).field(r.surname()).field(r.dateOfBirth()).field("DAY")
                .field("OFFICIAL").field(document(p)).field(1).field(RECORDED).end(RECORDED);
    }

    private void version(Loaded p, Lines out) {
        var r = p.record();
        out.field(force.value()).field(p.id()).field(1).field(r.givenNames()).field(r.surname()).field(r.dateOfBirth())
                .field("DAY").field("OFFICIAL").field(document(p)).field(RECORDED).end(null);
    }

    private void name(Loaded p, Lines out) {
        var r = p.record();
        var keys = matching.keys(r.givenNames(), r.surname());
        out.field(force.value()).field(p.id()).field(0).field(keys.given()).field(keys.surname()).field(keys.givenSound())
                .field(keys.surnameSound()).field(keys.surnameSoundAlternate()).field(keys.givenFamily())
                .field(keys.givenInitial()).end(r.dateOfBirth());
    }

    // As PersonSearchKeys.exactKeys keeps them: the postcode without its space, the identifier canonical.
    private void keys(Loaded p, Lines out) {
        var postcode = NameForms.postcode(p.record().postcode());
        if (!postcode.isEmpty()) out.field(force.value()).field("POSTCODE").field(postcode).end(p.id());
        if (p.pncId() != null) out.field(force.value()).field("PNC_ID").field(p.pncId()).end(p.id());
    }

    private static String document(Loaded p) {
        var r = p.record();
        var document = new LinkedHashMap<String, Object>();
        if (!r.address().isEmpty() || !r.postcode().isEmpty())
            document.put("addresses", List.of(Map.of("line", r.address(), "postcode", r.postcode(), "use", "HOME")));
        if (p.pncId() != null) document.put("identifiers", List.of(Map.of("type", "PNC_ID", "value", p.pncId())));
        return JSON.writeValueAsString(document);
    }

    /** Rows in COPY's text format: tab between columns, \N for NULL, backslash, tab and newlines escaped. */
    private static final class Lines {
        final StringBuilder text = new StringBuilder(CHUNK_CHARS + (64 << 10));
        long rows;

        Lines field(@Nullable Object value) {
            value(value);
            text.append('\t');
            return this;
        }

        void end(@Nullable Object value) {
            value(value);
            text.append('\n');
            rows++;
        }

        private void value(@Nullable Object value) {
            org.invicta.platform.db.CopyText.value(text, value);
        }
    }
}
