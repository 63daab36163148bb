package org.invicta.crime.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.invicta.crime.CrimeDecision;
import org.invicta.crime.CrimeId;
import org.invicta.crime.recording.Classification;
import org.invicta.shared.ForceId;
import org.invicta.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The registrar's decisions on crimes, and the crime changes they make, version-checked. */
@Repository
public class CrimeDecisions {

    private final JdbcClient jdbc;

    CrimeDecisions(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** The force's cancellation reasons, code to title, in order. */
    public Map<String, String> cancellationReasons() {
        var reasons = new LinkedHashMap<String, String>();
        jdbc.sql("SELECT reason_code, title FROM crime_cancellation_reason ORDER BY position")
                .query((rs, row) -> reasons.put(rs.getString(1), rs.getString(2))).list();
        return reasons;
    }

    public boolean reclassify(CrimeId id, int expectedVersion, Classification to, UserId by, Instant now) {
        return jdbc.sql("""
                UPDATE crime SET rules_year = :year, class_code = :class, subclass_code = :subclass, category_code = :category,
                       version = version + 1, updated_at = :now, updated_by = :by
                 WHERE crime_id = :id AND version = :version AND status = 'RECORDED'
                """).param("year", to.rulesYear()).param("class", to.classCode()).param("subclass", to.subclassCode())
                .param("category", to.categoryCode()).param("now", Timestamp.from(now)).param("by", by.value())
                .param("id", id.value()).param("version", expectedVersion).update() == 1;
    }

    public boolean close(CrimeId id, int expectedVersion, String status, String transferredTo, UserId by, Instant now) {
        return jdbc.sql("""
                UPDATE crime SET status = :status, transferred_to = :to, version = version + 1, updated_at = :now, updated_by = :by
                 WHERE crime_id = :id AND version = :version AND status = 'RECORDED'
                """).param("status", status).param("to", transferredTo).param("now", Timestamp.from(now)).param("by", by.value())
                .param("id", id.value()).param("version", expectedVersion).update() == 1;
    }

    public void add(ForceId force, CrimeId id, CrimeDecision decision) {
        jdbc.sql("""
                INSERT INTO crime_decision (force_id, crime_id, decision, kind, from_code, to_code, to_force, reason_code, reason,
                                            decided_by, decided_at)
                SELECT :force, :id, coalesce(max(decision), 0) + 1, :kind, :from, :to, :toForce, :reasonCode, :reason, :by, :at
                  FROM crime_decision WHERE crime_id = :id
                """).param("force", force.value()).param("id", id.value()).param("kind", decision.kind())
                .param("from", decision.fromCode()).param("to", decision.toCode()).param("toForce", decision.toForce())
                .param("reasonCode", decision.reasonCode()).param("reason", decision.reason()).param("by", decision.decidedBy())
                .param("at", Timestamp.from(decision.decidedAt())).update();
    }

    public List<CrimeDecision> of(CrimeId id) {
        return jdbc.sql("SELECT * FROM crime_decision WHERE crime_id = :id ORDER BY decision").param("id", id.value())
                .query((rs, row) -> new CrimeDecision(rs.getInt("decision"), rs.getString("kind"), rs.getString("from_code"),
                        rs.getString("to_code"), rs.getString("to_force"), rs.getString("reason_code"), rs.getString("reason"),
                        rs.getObject("decided_by", UUID.class), rs.getTimestamp("decided_at").toInstant())).list();
    }
}
