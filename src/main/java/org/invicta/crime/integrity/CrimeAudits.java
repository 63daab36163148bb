package org.invicta.crime.integrity;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.invicta.shared.ForceId;
import org.invicta.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Crime data integrity audits of the acting force and their frozen samples. */
@Repository
class CrimeAudits {

    private final JdbcClient jdbc;

    CrimeAudits(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /**
     * Draws the sample and freezes it: the incidents reported in the period, in the order the seed gives
     * them (md5 of seed and id, so the same seed over the same incidents draws the same sample), each kept
     * with its type, district, status and crimes as they are now. Returns how many were drawn.
     */
    int draw(ForceId force, UUID audit, LocalDate from, LocalDate to, long seed, int size, UserId by, Instant now) {
        jdbc.sql("""
                INSERT INTO crime_audit (force_id, audit_id, period_from, period_to, seed, sample_size, created_by, created_at)
                VALUES (:force, :audit, :from, :to, :seed, :size, :by, :now)
                """).param("force", force.value()).param("audit", audit).param("from", from).param("to", to).param("seed", seed)
                .param("size", size).param("by", by.value()).param("now", Timestamp.from(now)).update();
        return jdbc.sql("""
                INSERT INTO crime_audit_item (force_id, audit_id, item, incident_id, incident_number, incident_type, district, reported_at,
                                              status, crimes)
                SELECT :force, :audit, row_number() OVER (ORDER BY drawn), incident_id, incident_number, opening_type, district, reported_at,
                       status, crimes
                  FROM (SELECT i.incident_id, i.incident_number, i.opening_type, i.district, i.reported_at, i.status,
                               md5(:seed || ':' || i.incident_id) AS drawn,
                               coalesce((SELECT string_agg(c.crime_number || ' ' || coalesce(c.class_code || '/' || c.subclass_code, c.category_code)
                                                           || ' ' || lower(c.status), '; ' ORDER BY c.crime_number)
                                           FROM crime c WHERE c.force_id = i.force_id AND c.incident_id = i.incident_id), '') AS crimes
                          FROM incident i
                         WHERE i.reported_at >= :start AND i.reported_at < :end
                         ORDER BY drawn LIMIT :size) sample
                """).param("force", force.value()).param("audit", audit).param("seed", Long.toString(seed))
                .param("start", Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant()))
                .param("end", Timestamp.from(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())).param("size", size).update();
    }

    boolean mark(UUID audit, int item, CrimeAudit.Verdict verdict, String note, UserId by, Instant now) {
        return jdbc.sql("""
                UPDATE crime_audit_item SET verdict = :verdict, note = :note, marked_by = :by, marked_at = :now
                 WHERE audit_id = :audit AND item = :item
                """).param("verdict", verdict.name()).param("note", note).param("by", by.value()).param("now", Timestamp.from(now))
                .param("audit", audit).param("item", item).update() == 1;
    }

    Optional<CrimeAudit> byId(UUID audit) {
        var items = jdbc.sql("SELECT * FROM crime_audit_item WHERE audit_id = :audit ORDER BY item").param("audit", audit)
                .query((rs, row) -> new CrimeAudit.Item(rs.getInt("item"), rs.getObject("incident_id", UUID.class),
                        rs.getString("incident_number"), rs.getString("incident_type"), rs.getString("district"),
                        rs.getTimestamp("reported_at").toInstant(), rs.getString("status"), rs.getString("crimes"),
                        verdict(rs.getString("verdict")), rs.getString("note"))).list();
        return jdbc.sql("SELECT * FROM crime_audit WHERE audit_id = :audit").param("audit", audit)
                .query((rs, row) -> new CrimeAudit(audit, rs.getDate("period_from").toLocalDate(), rs.getDate("period_to").toLocalDate(),
                        rs.getLong("seed"), rs.getInt("sample_size"), rs.getTimestamp("created_at").toInstant(), items)).optional();
    }

    List<UUID> all() {
        return jdbc.sql("SELECT audit_id FROM crime_audit ORDER BY created_at DESC").query(UUID.class).list();
    }

    private static CrimeAudit.@Nullable Verdict verdict(@Nullable String text) {
        return text == null ? null : CrimeAudit.Verdict.valueOf(text);
    }
}
