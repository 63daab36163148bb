package org.invicta.person;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.invicta.person.persistence.Merges;
import org.invicta.person.persistence.People;
import org.invicta.platform.access.ProtectedRecord;
import org.invicta.platform.access.RecordAccess;
import org.invicta.platform.security.CurrentUser;
import org.invicta.platform.tenancy.ForceContext;
import org.invicta.shared.InvalidField;
import org.invicta.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's part in other records (victim of a crime, suspect in an incident...). A link is held
 * against the record it was made to, even one merged into another, so an unmerge takes it back there.
 */
@Service
public class LinkingPeople {

    private final People people;
    private final Merges merges;
    private final RecordAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;

    LinkingPeople(People people, Merges merges, RecordAccess access, CurrentUser currentUser, Clock clock) {
        this.people = people;
        this.merges = merges;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAuthority('person:record')")
    public PersonLink link(PersonId id, String subjectType, String subjectId, String role) {
        readable(id);
        if (subjectType == null || subjectType.isBlank()) throw new InvalidField("subjectType", "Say what kind of record the person is linked to");
        if (subjectId == null || subjectId.isBlank()) throw new InvalidField("subjectId", "Give the id of the record the person is linked to");
        if (role == null || role.isBlank()) throw new InvalidField("role", "Say what part the person played, like victim or suspect");
        var linkId = UUID.randomUUID();
        merges.link(ForceContext.require(), linkId, id, subjectType.trim(), subjectId.trim(), role.trim(), currentUser.require().id(),
                clock.instant());
        return merges.linksOf(List.of(id)).stream().filter(l -> l.id().equals(linkId)).findFirst().orElseThrow();
    }

    /** The person's links, and those of every record merged into them. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('person:read')")
    public List<PersonLink> links(PersonId id) {
        var person = readable(id);
        var records = new ArrayList<PersonId>();
        records.add(person.id());
        people.mergedInto(person.id()).forEach(merged -> records.add(merged.id()));
        return merges.linksOf(records);
    }

    private Person readable(PersonId id) {
        var person = people.byId(id).orElseThrow(() -> new NotFound("person " + id));
        access.require("person:read", ProtectedRecord.of(RecordingPeople.RECORD, id, person.force(), person.sensitivity()));
        return person;
    }
}
