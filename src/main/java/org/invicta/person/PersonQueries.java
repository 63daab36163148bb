package org.invicta.person;

import java.util.List;
import org.invicta.audit.AuditTrail;
import org.invicta.audit.Operation;
import org.invicta.person.persistence.People;
import org.invicta.platform.access.ProtectedRecord;
import org.invicta.platform.access.RecordAccess;
import org.invicta.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading a person is a consultation under s.62: each read writes its audit row or is not served. */
@Service
public class PersonQueries {

    private final People people;
    private final RecordAccess access;
    private final AuditTrail audit;

    PersonQueries(People people, RecordAccess access, AuditTrail audit) {
        this.people = people;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    @PreAuthorize("hasAuthority('person:read')")
    public Person read(PersonId id) {
        var person = people.byId(id).orElseThrow(() -> new NotFound("person " + id));
        access.require("person:read", ProtectedRecord.of(RecordingPeople.RECORD, id, person.force(), person.sensitivity()));
        audit.record(Operation.CONSULT, RecordingPeople.RECORD, id);
        return person;
    }

    @Transactional
    @PreAuthorize("hasAuthority('person:read')")
    public List<PersonVersion> history(PersonId id) {
        var person = read(id);
        return people.history(person.id());
    }
}
