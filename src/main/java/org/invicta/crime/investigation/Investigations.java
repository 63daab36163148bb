package org.invicta.crime.investigation;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.invicta.crime.CrimeId;
import org.invicta.shared.ForceId;
import org.invicta.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The investigation side of the acting force's crimes; changes to the crime row are version-checked. */
@Repository
class Investigations {

    private final JdbcClient jdbc;
    private volatile @Nullable List<OutcomeType> outcomeTypes;

    Investigations(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    List<OutcomeType> outcomeTypes() {
        var known = outcomeTypes;
        if (known != null) return known;
        known = jdbc.sql("SELECT * FROM crime_outcome_type ORDER BY position")
                .query((rs, row) -> new OutcomeType(rs.getString("outcome_code"), rs.getString("title"), rs.getBoolean("named_suspect"),
                        rs.getBoolean("rationale"), rs.getBoolean("victim_told"), rs.getBoolean("supervisor_signs"),
                        rs.getString("published_as"))).list();
        outcomeTypes = known;
        return known;
    }

    Optional<OutcomeType> outcomeType(String code) {
        return outcomeTypes().stream().filter(t -> t.code().equalsIgnoreCase(code.trim())).findFirst();
    }

    boolean allocate(CrimeId id, int version, UserId officer, UserId by, Instant now) {
        return update("allocated_to = :officer", id, version, by, now, statement -> statement.param("officer", officer.value()));
    }

    boolean screen(CrimeId id, int version, String decision, List<String> factors, String rationale, UserId by, Instant now) {
        return update("screening = :decision, solvability = CAST(:factors AS text[]), screening_rationale = :rationale", id, version, by, now,
                statement -> statement.param("decision", decision).param("factors", factors.toArray(String[]::new)).param("rationale", rationale));
    }

    boolean setOutcome(CrimeId id, int version, OutcomeType type, String rationale, @Nullable UUID suspect, boolean victimTold,
                       UserId by, Instant now) {
        // The public outcome follows once the outcome is final (see signOff).
        return update("""
                outcome_type = :type, outcome_state = :state, outcome_rationale = :rationale, outcome_suspect = :suspect,
                outcome_victim_told = :told, outcome_set_at = :now, outcome_set_by = :by, outcome_signed_by = NULL,
                outcome_code = CASE WHEN :state = 'FINAL' THEN :published ELSE outcome_code END
                """, id, version, by, now, statement -> statement.param("type", type.code())
                .param("state", type.supervisorSigns() ? "AWAITING_SIGN_OFF" : "FINAL").param("rationale", rationale)
                .param("suspect", suspect).param("told", victimTold).param("published", type.publishedAs()));
    }

    boolean signOff(CrimeId id, int version, String publishedAs, UserId by, Instant now) {
        return update("outcome_state = 'FINAL', outcome_signed_by = :by, outcome_code = :published", id, version, by, now,
                statement -> statement.param("published", publishedAs), "AND outcome_state = 'AWAITING_SIGN_OFF'");
    }

    void addTask(ForceId force, CrimeId id, String description, LocalDate dueOn, UserId assignee, UserId by, Instant now) {
        jdbc.sql("""
                INSERT INTO crime_task (force_id, crime_id, task, description, due_on, assigned_to, set_by, set_at)
                SELECT :force, :id, coalesce(max(task), 0) + 1, :description, :due, :assignee, :by, :now FROM crime_task WHERE crime_id = :id
                """).param("force", force.value()).param("id", id.value()).param("description", description).param("due", dueOn)
                .param("assignee", assignee.value()).param("by", by.value()).param("now", Timestamp.from(now)).update();
    }

    boolean completeTask(CrimeId id, int task, Instant now) {
        return jdbc.sql("UPDATE crime_task SET done_at = :now WHERE crime_id = :id AND task = :task AND done_at IS NULL")
                .param("now", Timestamp.from(now)).param("id", id.value()).param("task", task).update() == 1;
    }

    void addReview(ForceId force, CrimeId id, String note, UserId by, Instant now) {
        jdbc.sql("""
                INSERT INTO crime_review (force_id, crime_id, review, reviewed_by, reviewed_at, note)
                SELECT :force, :id, coalesce(max(review), 0) + 1, :by, :now, :note FROM crime_review WHERE crime_id = :id
                """).param("force", force.value()).param("id", id.value()).param("by", by.value()).param("now", Timestamp.from(now))
                .param("note", note).update();
    }

    Optional<Investigation> of(CrimeId id) {
        var tasks = jdbc.sql("SELECT * FROM crime_task WHERE crime_id = :id ORDER BY task").param("id", id.value())
                .query((rs, row) -> new Investigation.Task(rs.getInt("task"), rs.getString("description"), rs.getDate("due_on").toLocalDate(),
                        rs.getObject("assigned_to", UUID.class), instant(rs.getTimestamp("done_at")))).list();
        var reviews = jdbc.sql("SELECT * FROM crime_review WHERE crime_id = :id ORDER BY review").param("id", id.value())
                .query((rs, row) -> new Investigation.Review(rs.getInt("review"), rs.getObject("reviewed_by", UUID.class),
                        rs.getTimestamp("reviewed_at").toInstant(), rs.getString("note"))).list();
        return jdbc.sql("SELECT * FROM crime WHERE crime_id = :id").param("id", id.value()).query((rs, row) -> {
            var outcomeCode = rs.getString("outcome_type");
            Investigation.Outcome outcome = null;
            if (outcomeCode != null)
                outcome = new Investigation.Outcome(outcomeType(outcomeCode).orElseThrow(), rs.getString("outcome_state"),
                        rs.getString("outcome_rationale"), rs.getObject("outcome_suspect", UUID.class), rs.getBoolean("outcome_victim_told"),
                        rs.getTimestamp("outcome_set_at").toInstant(), rs.getObject("outcome_set_by", UUID.class),
                        rs.getObject("outcome_signed_by", UUID.class));
            var factors = rs.getArray("solvability");
            return new Investigation(id.value(), rs.getString("crime_number"), rs.getObject("allocated_to", UUID.class),
                    rs.getString("screening"), factors == null ? List.of() : List.of((String[]) factors.getArray()),
                    rs.getString("screening_rationale"), outcome, tasks, reviews, rs.getInt("version"));
        }).optional();
    }

    /** Open tasks of an officer, soonest due first, with the crime each is for. */
    List<TaskDue> openTasksOf(UserId officer) {
        return jdbc.sql("""
                SELECT t.crime_id, c.crime_number, t.task, t.description, t.due_on FROM crime_task t
                  JOIN crime c ON c.force_id = t.force_id AND c.crime_id = t.crime_id
                 WHERE t.assigned_to = :officer AND t.done_at IS NULL ORDER BY t.due_on, c.crime_number LIMIT 200
                """).param("officer", officer.value()).query((rs, row) -> new TaskDue(rs.getObject("crime_id", UUID.class),
                rs.getString("crime_number"), rs.getInt("task"), rs.getString("description"), rs.getDate("due_on").toLocalDate())).list();
    }

    /** Crimes whose outcome waits for a supervisor's sign-off, oldest first. */
    List<UUID> awaitingSignOff() {
        return jdbc.sql("SELECT crime_id FROM crime WHERE outcome_state = 'AWAITING_SIGN_OFF' ORDER BY outcome_set_at LIMIT 200")
                .query(UUID.class).list();
    }

    private boolean update(String set, CrimeId id, int version, UserId by, Instant now,
                           java.util.function.UnaryOperator<JdbcClient.StatementSpec> bind) {
        return update(set, id, version, by, now, bind, "");
    }

    private boolean update(String set, CrimeId id, int version, UserId by, Instant now,
                           java.util.function.UnaryOperator<JdbcClient.StatementSpec> bind, String condition) {
        var sql = "UPDATE crime SET " + set + ", version = version + 1, updated_at = :now, updated_by = :by "
                + "WHERE crime_id = :id AND version = :version AND status = 'RECORDED' " + condition;
        return bind.apply(jdbc.sql(sql)).param("now", Timestamp.from(now)).param("by", by.value()).param("id", id.value())
                .param("version", version).update() == 1;
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
