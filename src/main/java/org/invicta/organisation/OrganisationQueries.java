package org.invicta.organisation;

import java.util.List;
import javax.sql.DataSource;
import org.invicta.audit.AuditTrail;
import org.invicta.audit.Operation;
import org.invicta.organisation.persistence.Accounts;
import org.invicta.organisation.persistence.Structure;
import org.invicta.platform.tenancy.ForceContext;
import org.invicta.shared.NotFound;
import org.invicta.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The acting force's organisation as its users see it. A user's record is personal data: reading it is audited. */
@Service
public class OrganisationQueries {

    private final Structure structure;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    OrganisationQueries(Structure structure, Accounts accounts, AuditTrail audit, DataSource dataSource) {
        this.structure = structure;
        this.accounts = accounts;
        this.audit = audit;
        this.jdbc = JdbcClient.create(dataSource);
    }

    public record Force(String id, String name, String region) {
    }

    public record Role(String code, String title, String description) {
    }

    @Transactional(readOnly = true)
    public Force force() {
        return jdbc.sql("SELECT force_id, name, region FROM force WHERE force_id = :id")
                .param("id", ForceContext.require().value())
                .query((rs, n) -> new Force(rs.getString(1), rs.getString(2), rs.getString(3))).single();
    }

    @Transactional(readOnly = true)
    public List<Role> roles() {
        return jdbc.sql("SELECT role_code, title, description FROM role ORDER BY sort_order")
                .query((rs, n) -> new Role(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('organisation:read')")
    public List<District> districts() {
        return structure.districts();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('organisation:read')")
    public List<Station> stations() {
        return structure.stations();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('organisation:read')")
    public List<Team> teams() {
        return structure.teams();
    }

    /** The directory of users: names, collar numbers and roles. Each row shown is a consultation. */
    @Transactional
    @PreAuthorize("hasAuthority('organisation:read')")
    public List<UserAccount> users() {
        var users = accounts.all();
        users.forEach(user -> audit.record(Operation.CONSULT, AdministeringUsers.RECORD, user.id()));
        return users;
    }

    @Transactional
    @PreAuthorize("hasAuthority('organisation:read')")
    public UserAccount user(UserId id) {
        var user = accounts.byId(id).orElseThrow(() -> new NotFound("user " + id));
        audit.record(Operation.CONSULT, AdministeringUsers.RECORD, id);
        return user;
    }
}
