package org.invicta.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.invicta.platform.security.CurrentUser;
import org.invicta.platform.tenancy.ForceContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The auditor's questions (who looked at this record, and what has this user looked at) and every
 * user's view of their own access history. Reading the audit trail is itself consultation of personal
 * data, so each answer is audited too.
 */
@Service
public class AuditQueries {

    public static final int PAGE = 200;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CurrentUser currentUser;

    AuditQueries(DataSource dataSource, AuditTrail audit, CurrentUser currentUser) {
        this.jdbc = JdbcClient.create(dataSource);
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** The kinds of record an auditor can ask about. */
    @PreAuthorize("hasAuthority('audit:read')")
    public List<String> recordTypes() {
        return List.of("person", "user");
    }

    @Transactional
    @PreAuthorize("hasAuthority('audit:read')")
    public List<AuditEvent> actsOnRecord(String recordType, String recordId) {
        audit.record(Operation.CONSULT, "audit-trail", "record:" + recordType + "/" + recordId,
                AuditDetails.purpose("s.62(4) audit of a record"));
        return jdbc.sql("""
                SELECT * FROM audit_event
                 WHERE force_id = :force AND record_type = :type AND record_id = :id
                 ORDER BY at DESC LIMIT :limit
                """)
                .param("force", ForceContext.require().value()).param("type", recordType).param("id", recordId)
                .param("limit", PAGE).query(AuditQueries::event).list();
    }

    @Transactional
    @PreAuthorize("hasAuthority('audit:read')")
    public List<AuditEvent> actsBy(UUID userId) {
        audit.record(Operation.CONSULT, "audit-trail", "user:" + userId, AuditDetails.purpose("s.62(4) audit of a user"));
        return byActor(userId);
    }

    /** What the signed-in user has done with personal data: anyone may see their own history. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public List<AuditEvent> myHistory() {
        var me = currentUser.require().id().value();
        audit.record(Operation.CONSULT, "audit-trail", "user:" + me, AuditDetails.purpose("own access history"));
        return byActor(me);
    }

    private List<AuditEvent> byActor(UUID userId) {
        return jdbc.sql("""
                SELECT * FROM audit_event
                 WHERE force_id = :force AND actor_id = :actor
                 ORDER BY at DESC LIMIT :limit
                """)
                .param("force", ForceContext.require().value()).param("actor", userId).param("limit", PAGE)
                .query(AuditQueries::event).list();
    }

    private static AuditEvent event(ResultSet rs, int row) throws SQLException {
        return new AuditEvent(rs.getString("force_id"), rs.getLong("seq"), rs.getObject("event_id", UUID.class),
                rs.getTimestamp("at").toInstant(), rs.getObject("actor_id", UUID.class), rs.getString("actor_name"),
                rs.getString("actor_force"), rs.getString("actor_roles"), Operation.valueOf(rs.getString("operation")),
                rs.getString("record_type"), rs.getString("record_id"), Channel.valueOf(rs.getString("channel")),
                rs.getString("purpose"), rs.getString("recipient"), rs.getString("fields_changed"));
    }
}
