package org.invicta.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.invicta.audit.AuditDetails;
import org.invicta.audit.AuditTrail;
import org.invicta.audit.Operation;
import org.invicta.person.persistence.People;
import org.invicta.platform.access.ProtectedRecord;
import org.invicta.platform.access.RecordAccess;
import org.invicta.platform.security.CurrentUser;
import org.invicta.platform.security.InvictaPrincipal;
import org.invicta.platform.tenancy.ForceContext;
import org.invicta.shared.ConcurrentChange;
import org.invicta.shared.NotFound;
import org.invicta.shared.Sensitivity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records a person, and corrects one without ever overwriting a concurrent correction. */
@Service
public class RecordingPeople {

    static final String RECORD = "person";

    private final People people;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    RecordingPeople(People people, RecordAccess access, AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.people = people;
        this.access = access;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The sensitivities a person may be recorded at: what the recording form offers. */
    @PreAuthorize("hasAuthority('person:record')")
    public List<Sensitivity> sensitivities() {
        return List.of(Sensitivity.values());
    }

    @Transactional
    @PreAuthorize("hasAuthority('person:record')")
    public Person record(PersonDetails details) {
        details.mustBeBornBy(LocalDate.now(clock));
        var id = new PersonId(UUID.randomUUID());
        var force = ForceContext.require();
        people.add(force, id, details, currentUser.get().map(InvictaPrincipal::id).orElse(null), clock.instant());
        audit.record(Operation.COLLECT, RECORD, id);
        return people.byId(id).orElseThrow();
    }

    // A refused correction changed nothing, but the 409 shows the current values: its CONSULT row must commit.
    @Transactional(noRollbackFor = ConcurrentChange.class)
    @PreAuthorize("hasAuthority('person:record')")
    public Person correct(PersonId id, int expectedVersion, PersonDetails details) {
        details.mustBeBornBy(LocalDate.now(clock));
        var current = people.byId(id).orElseThrow(() -> new NotFound("person " + id));
        access.require("person:record", ProtectedRecord.of(RECORD, id, current.force(), current.sensitivity()));
        details = details.keepingSensitivityOf(current.details());
        var force = ForceContext.require();
        if (!people.correct(force, id, expectedVersion, details, currentUser.require().id(), clock.instant()))
            throw conflict(id, expectedVersion, current, details);
        var changed = new ArrayList<>(current.details().changesTo(details).keySet());
        audit.record(Operation.ALTER, RECORD, id, AuditDetails.fieldsChanged(changed));
        return people.byId(id).orElseThrow();
    }

    // Both versions' differences, so the user can see what the other person changed and redo theirs.
    private ConcurrentChange conflict(PersonId id, int expectedVersion, Person current, PersonDetails yours) {
        var base = people.version(id, expectedVersion).orElse(current.details());
        var differences = new LinkedHashMap<String, ConcurrentChange.Difference>();
        var theirs = base.changesTo(current.details());
        var mine = base.changesTo(yours);
        var fields = new LinkedHashSet<>(theirs.keySet());
        fields.addAll(mine.keySet());
        for (var field : fields) {
            var baseValue = theirs.containsKey(field) ? theirs.get(field)[0] : mine.get(field)[0];
            var currentValue = theirs.containsKey(field) ? theirs.get(field)[1] : baseValue;
            var yourValue = mine.containsKey(field) ? mine.get(field)[1] : baseValue;
            differences.put(field, new ConcurrentChange.Difference(baseValue, currentValue, yourValue));
        }
        audit.record(Operation.CONSULT, RECORD, id); // the 409 shows the current values
        return new ConcurrentChange("person " + id, expectedVersion, current.version(), differences);
    }
}
