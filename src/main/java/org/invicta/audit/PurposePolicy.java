package org.invicta.audit;

import javax.sql.DataSource;
import org.invicta.platform.tenancy.ForceContext;
import org.invicta.shared.InvalidField;
import org.invicta.shared.Sensitivity;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a user must say why they are opening a record: each force decides (sensitive records only, the
 * default, or every record). The reason goes into the consultation's audit row.
 */
@Service
public class PurposePolicy {

    public enum AskedFor { SENSITIVE_RECORDS, EVERY_RECORD }

    private final JdbcClient jdbc;

    PurposePolicy(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Transactional(readOnly = true)
    public AskedFor current() {
        return jdbc.sql("SELECT asked_for FROM audit_purpose_policy WHERE force_id = :force")
                .param("force", ForceContext.require().value()).query(String.class).optional()
                .map(AskedFor::valueOf).orElse(AskedFor.SENSITIVE_RECORDS);
    }

    /** Refuses a consultation that the force's policy wants a reason for, when none was given. */
    public void require(Sensitivity sensitivity, @Nullable String purpose) {
        if (purpose != null && !purpose.isBlank()) return;
        if (sensitivity != Sensitivity.OFFICIAL)
            throw reasonNeededFor(sensitivity.name().replace('_', '-') + " records");
        if (current() == AskedFor.EVERY_RECORD) throw reasonNeededFor("every record");
    }

    private static InvalidField reasonNeededFor(String what) {
        return new InvalidField("purpose", "Say why you are opening this record: your force asks for a reason for " + what);
    }

    /** Sets the force's policy from a form's or a client's choice, refused unless it names one. */
    @Transactional
    @PreAuthorize("hasAuthority('organisation:administer')")
    public void set(String choice) {
        AskedFor askedFor;
        try {
            askedFor = AskedFor.valueOf(choice);
        } catch (IllegalArgumentException e) {
            throw new InvalidField("askedFor", "Select when users must give a reason for opening a record");
        }
        set(askedFor);
    }

    @Transactional
    @PreAuthorize("hasAuthority('organisation:administer')")
    public void set(AskedFor askedFor) {
        jdbc.sql("""
                INSERT INTO audit_purpose_policy (force_id, asked_for) VALUES (:force, :asked)
                ON CONFLICT (force_id) DO UPDATE SET asked_for = :asked, version = audit_purpose_policy.version + 1
                """).param("force", ForceContext.require().value()).param("asked", askedFor.name()).update();
    }
}
