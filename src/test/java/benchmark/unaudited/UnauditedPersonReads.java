package benchmark.unaudited;

import org.invicta.person.Person;
import org.invicta.person.PersonId;
import org.invicta.person.persistence.People;
import org.invicta.platform.access.ProtectedRecord;
import org.invicta.platform.access.RecordAccess;
import org.invicta.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code PersonQueries.read} without its audit row, for the audit-cost benchmark only: the same
 * read-write transaction, the same query and the same access policy check, so that the difference
 * between the two is the CONSULT row and the commit that writes it. Never part of Invicta.
 */
@Service
public class UnauditedPersonReads {

    private static final String PERSON = "person"; // RecordingPeople.RECORD, package-private there

    private final People people;
    private final RecordAccess access;

    UnauditedPersonReads(People people, RecordAccess access) {
        this.people = people;
        this.access = access;
    }

    @Transactional
    @PreAuthorize("hasAuthority('person:read')")
    public Person read(PersonId id) {
        var person = people.byId(id).orElseThrow(() -> new NotFound("person " + id));
        access.require("person:read", ProtectedRecord.of(PERSON, id, person.force(), person.sensitivity()));
        return person;
    }
}
