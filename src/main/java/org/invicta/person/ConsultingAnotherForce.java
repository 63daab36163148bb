package org.invicta.person;

import javax.sql.DataSource;
import org.invicta.audit.AuditDetails;
import org.invicta.audit.AuditTrail;
import org.invicta.audit.Operation;
import org.invicta.person.persistence.People;
import org.invicta.platform.access.AccessRequest;
import org.invicta.platform.access.ProtectedRecord;
import org.invicta.platform.access.RecordAccess;
import org.invicta.platform.security.CurrentUser;
import org.invicta.platform.tenancy.ForceScopedTransactionManager;
import org.invicta.shared.ForceId;
import org.invicta.shared.InvalidField;
import org.invicta.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to see a person held by another force: an explicit request with a justification. The
 * holding force's chain records a disclosure to the user and their force, with the justification; the
 * user's own chain records the consultation. Row-level security is switched to the holding force for
 * the read alone.
 */
@Service
public class ConsultingAnotherForce {

    private final People people;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final DataSource dataSource;

    ConsultingAnotherForce(People people, RecordAccess access, AuditTrail audit, CurrentUser currentUser,
                           DataSource dataSource) {
        this.people = people;
        this.access = access;
        this.audit = audit;
        this.currentUser = currentUser;
        this.dataSource = dataSource;
    }

    @Transactional
    @PreAuthorize("hasAuthority('" + AccessRequest.CROSS_FORCE_PRIVILEGE + "')")
    public Person consult(ForceId holder, PersonId id, String justification) {
        var user = currentUser.require();
        if (justification == null || justification.isBlank())
            throw new InvalidField("justification",
                    "Say why you need this force's record: the reason is disclosed to them and audited");
        if (holder.equals(user.force()))
            throw new InvalidField("force", "The person is held by your own force: read them directly");
        ForceScopedTransactionManager.switchTransactionTo(dataSource, holder);
        try {
            var person = people.byId(id).orElseThrow(() -> new NotFound("person " + id + " of " + holder));
            access.requireAcrossForces("person:read",
                    ProtectedRecord.of(RecordingPeople.RECORD, id, person.force(), person.sensitivity()), justification);
            audit.recordInChainOf(holder, Operation.DISCLOSE, RecordingPeople.RECORD, id, AuditDetails.disclosedTo(
                    user.displayName() + " (" + user.getUsername() + ") of " + user.force(), justification.trim()));
            audit.recordInChainOf(user.force(), Operation.CONSULT, RecordingPeople.RECORD, holder + "/" + id,
                    AuditDetails.purpose(justification.trim()));
            return person;
        } finally {
            ForceScopedTransactionManager.switchTransactionTo(dataSource, user.force());
        }
    }
}
