package org.invicta.person.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.invicta.person.PersonId;
import org.invicta.person.PersonLink;
import org.invicta.person.PersonMerge;
import org.invicta.shared.ForceId;
import org.invicta.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Merges, the links people have to other records, and the pairs waiting for duplicate review. */
@Repository
public class Merges {

    private final JdbcClient jdbc;

    Merges(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public record ReviewPair(PersonId a, PersonId b, double probability, String source, Instant foundAt) {
    }

    public void recordMerge(ForceId force, UUID id, PersonId survivor, PersonId merged, String reason, @Nullable Double probability,
                            @Nullable UserId by, Instant now) {
        jdbc.sql("""
                INSERT INTO person_merge (force_id, merge_id, survivor_id, merged_id, reason, match_probability, merged_at, merged_by)
                VALUES (:force, :id, :survivor, :merged, :reason, :probability, :now, :by)
                """)
                .param("force", force.value()).param("id", id).param("survivor", survivor.value()).param("merged", merged.value())
                .param("reason", reason).param("probability", probability).param("now", Timestamp.from(now))
                .param("by", by == null ? null : by.value()).update();
    }

    public boolean recordUnmerge(UUID id, String reason, @Nullable UserId by, Instant now) {
        return jdbc.sql("""
                UPDATE person_merge SET unmerged_at = :now, unmerged_by = :by, unmerge_reason = :reason
                 WHERE merge_id = :id AND unmerged_at IS NULL
                """)
                .param("now", Timestamp.from(now)).param("by", by == null ? null : by.value()).param("reason", reason)
                .param("id", id).update() == 1;
    }

    public Optional<PersonMerge> merge(UUID id) {
        return jdbc.sql("SELECT * FROM person_merge WHERE merge_id = :id").param("id", id).query(Merges::merge).optional();
    }

    /** Merges that touched this person, either side, newest first. */
    public List<PersonMerge> mergesOf(PersonId person) {
        return jdbc.sql("SELECT * FROM person_merge WHERE survivor_id = :id OR merged_id = :id ORDER BY merged_at DESC")
                .param("id", person.value()).query(Merges::merge).list();
    }

    public void link(ForceId force, UUID id, PersonId person, String subjectType, String subjectId, String role,
                     @Nullable UserId by, Instant now) {
        jdbc.sql("""
                INSERT INTO person_link (force_id, link_id, person_id, subject_type, subject_id, role, linked_at, linked_by)
                VALUES (:force, :id, :person, :type, :subject, :role, :now, :by)
                """)
                .param("force", force.value()).param("id", id).param("person", person.value()).param("type", subjectType)
                .param("subject", subjectId).param("role", role).param("now", Timestamp.from(now))
                .param("by", by == null ? null : by.value()).update();
    }

    /** Links held against any of these records, oldest first. */
    public List<PersonLink> linksOf(List<PersonId> people) {
        return jdbc.sql("SELECT * FROM person_link WHERE person_id IN (:ids) ORDER BY linked_at, link_id")
                .param("ids", people.stream().map(PersonId::value).toList())
                .query((rs, n) -> new PersonLink(rs.getObject("link_id", UUID.class), new PersonId(rs.getObject("person_id", UUID.class)),
                        rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("role"),
                        rs.getTimestamp("linked_at").toInstant(), rs.getObject("linked_by", UUID.class)))
                .list();
    }

    /** Queues a pair unless it is already queued or decided: a reviewer's decision is never asked again. */
    public boolean queue(ForceId force, PersonId first, PersonId second, double probability, String source, Instant now) {
        var inOrder = first.value().compareTo(second.value()) < 0;
        var a = inOrder ? first : second;
        var b = inOrder ? second : first;
        return jdbc.sql("""
                INSERT INTO person_review_pair (force_id, person_a, person_b, probability, source, found_at)
                VALUES (:force, :a, :b, :probability, :source, :now) ON CONFLICT DO NOTHING
                """)
                .param("force", force.value()).param("a", a.value()).param("b", b.value()).param("probability", probability)
                .param("source", source).param("now", Timestamp.from(now)).update() == 1;
    }

    public List<ReviewPair> openPairs(int limit) {
        return jdbc.sql("""
                SELECT r.* FROM person_review_pair r
                  JOIN person a ON a.person_id = r.person_a JOIN person b ON b.person_id = r.person_b
                 WHERE r.decision IS NULL AND a.merged_into IS NULL AND b.merged_into IS NULL
                 ORDER BY r.probability DESC, r.found_at LIMIT :limit
                """)
                .param("limit", limit)
                .query((rs, n) -> new ReviewPair(new PersonId(rs.getObject("person_a", UUID.class)),
                        new PersonId(rs.getObject("person_b", UUID.class)), rs.getDouble("probability"), rs.getString("source"),
                        rs.getTimestamp("found_at").toInstant()))
                .list();
    }

    public void decide(PersonId a, PersonId b, String decision, @Nullable UserId by, Instant now) {
        jdbc.sql("""
                UPDATE person_review_pair SET decision = :decision, decided_at = :now, decided_by = :by
                 WHERE ((person_a = :a AND person_b = :b) OR (person_a = :b AND person_b = :a)) AND decision IS NULL
                """)
                .param("decision", decision).param("now", Timestamp.from(now)).param("by", by == null ? null : by.value())
                .param("a", a.value()).param("b", b.value()).update();
    }

    private static PersonMerge merge(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        var probability = rs.getObject("match_probability") == null ? null : rs.getDouble("match_probability");
        var unmerged = rs.getTimestamp("unmerged_at");
        return new PersonMerge(rs.getObject("merge_id", UUID.class), new PersonId(rs.getObject("survivor_id", UUID.class)),
                new PersonId(rs.getObject("merged_id", UUID.class)), rs.getString("reason"), probability,
                rs.getTimestamp("merged_at").toInstant(), rs.getObject("merged_by", UUID.class),
                unmerged == null ? null : unmerged.toInstant());
    }
}
