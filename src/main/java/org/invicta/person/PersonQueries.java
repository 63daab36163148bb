package org.invicta.person;

import java.util.List;
import org.invicta.audit.AuditDetails;
import org.invicta.audit.AuditTrail;
import org.invicta.audit.Operation;
import org.invicta.audit.PurposePolicy;
import org.invicta.person.persistence.People;
import org.invicta.platform.access.ProtectedRecord;
import org.invicta.platform.access.RecordAccess;
import org.invicta.shared.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading a person is a consultation under s.62: each read writes its audit row or is not served. */
@Service
public class PersonQueries {

    private final People people;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final PurposePolicy purposes;

    PersonQueries(People people, RecordAccess access, AuditTrail audit, PurposePolicy purposes) {
        this.people = people;
        this.access = access;
        this.audit = audit;
        this.purposes = purposes;
    }

    /** Reads a person; the purpose is required where the force's policy asks for one, and kept in the audit row. */
    @Transactional
    @PreAuthorize("hasAuthority('person:read')")
    public Person read(PersonId id, @Nullable String purpose) {
        var person = people.byId(id).orElseThrow(() -> new NotFound("person " + id));
        access.require("person:read", ProtectedRecord.of(RecordingPeople.RECORD, id, person.force(), person.sensitivity()));
        if (person.merged()) throw new MergedPerson(id, person.mergedInto());
        purposes.require(person.sensitivity(), purpose);
        audit.record(Operation.CONSULT, RecordingPeople.RECORD, id,
                purpose == null || purpose.isBlank() ? AuditDetails.none() : AuditDetails.purpose(purpose.trim()));
        return person;
    }

    /** The records merged into this one, each as it was recorded: read with the survivor, and audited with it. */
    @Transactional
    @PreAuthorize("hasAuthority('person:read')")
    public List<Person> alsoRecordedAs(PersonId survivor) {
        var merged = people.mergedInto(survivor).stream()
                .filter(p -> access.allows("person:read", ProtectedRecord.of(RecordingPeople.RECORD, p.id(), p.force(), p.sensitivity())))
                .toList();
        merged.forEach(p -> audit.record(Operation.CONSULT, RecordingPeople.RECORD, p.id(),
                AuditDetails.purpose("shown as merged into " + survivor)));
        return merged;
    }

    @Transactional
    @PreAuthorize("hasAuthority('person:read')")
    public List<PersonVersion> history(PersonId id, @Nullable String purpose) {
        var person = read(id, purpose);
        // A version recorded at a higher sensitivity stays behind that vetting, even after a downgrade.
        return people.history(person.id()).stream()
                .filter(version -> access.allows("person:read", ProtectedRecord.of(RecordingPeople.RECORD, id,
                        person.force(), version.details().sensitivityOrOfficial())))
                .toList();
    }
}
