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
import org.invicta.person.persistence.Merges;
import org.invicta.person.persistence.People;
import org.invicta.platform.access.ProtectedRecord;
import org.invicta.platform.access.RecordAccess;
import org.invicta.platform.security.CurrentUser;
import org.invicta.platform.security.InvictaPrincipal;
import org.invicta.platform.tenancy.ForceContext;
import org.invicta.shared.ConcurrentChange;
import org.invicta.shared.NotFound;
import org.invicta.shared.Sensitivity;
import org.invicta.shared.UserId;
import org.jspecify.annotations.Nullable;
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
    private final FindingPeople finding;
    private final PersonSearchKeys searchKeys;
    private final PersonCodes codes;
    private final Merges merges;

    RecordingPeople(People people, RecordAccess access, AuditTrail audit, CurrentUser currentUser, Clock clock,
                    FindingPeople finding, PersonSearchKeys searchKeys, PersonCodes codes, Merges merges) {
        this.merges = merges;
        this.finding = finding;
        this.searchKeys = searchKeys;
        this.codes = codes;
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

    /**
     * Records a person after the entry check: if someone already recorded matches strongly, nothing is
     * saved unless a reason is given, and then the reason and the people shown wait for review.
     */
    @Transactional(noRollbackFor = PossibleDuplicate.class)
    @PreAuthorize("hasAuthority('person:record')")
    public Person record(PersonDetails entered, @Nullable String reasonForNewRecord) {
        var by = currentUser.get().map(InvictaPrincipal::id).orElse(null);
        var details = stampNewMarkers(entered.checked(clock, codes), List.of(), by);
        var matches = finding.possibleDuplicates(details);
        var strong = matches.stream().filter(found -> found.match().strong()).toList();
        var reason = reasonForNewRecord == null ? "" : reasonForNewRecord.trim();
        if (!strong.isEmpty() && reason.isEmpty()) throw new PossibleDuplicate(matches);
        var id = new PersonId(UUID.randomUUID());
        var force = ForceContext.require();
        people.add(force, id, details, by, clock.instant());
        searchKeys.keep(force, id, details);
        if (!strong.isEmpty()) {
            people.queueForDuplicateReview(force, id, reason, strong.stream().map(found -> found.person().id()).toList(),
                    strong.get(0).match().probability(), by, clock.instant());
            strong.forEach(found -> merges.queue(force, found.person().id(), id, found.match().probability(), "ENTRY_OVERRIDE", clock.instant()));
        }
        audit.record(Operation.COLLECT, RECORD, id);
        return people.byId(id).orElseThrow();
    }

    /** The officer uses an existing person instead of creating one: nothing is written, the record must be theirs to see. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('person:record')")
    public Person useExisting(PersonId id) {
        var person = people.byId(id).orElseThrow(() -> new NotFound("person " + id));
        access.require("person:read", ProtectedRecord.of(RECORD, id, person.force(), person.sensitivity()));
        return person;
    }

    // A refused correction changed nothing, but the 409 shows the current values: its CONSULT row must commit.
    @Transactional(noRollbackFor = ConcurrentChange.class)
    @PreAuthorize("hasAuthority('person:record')")
    public Person correct(PersonId id, int expectedVersion, PersonDetails entered) {
        var checked = entered.checked(clock, codes);
        var current = people.byId(id).orElseThrow(() -> new NotFound("person " + id));
        access.require("person:record", ProtectedRecord.of(RECORD, id, current.force(), current.sensitivity()));
        if (current.merged()) throw new MergedPerson(id, current.mergedInto());
        var details = stampNewMarkers(checked.keepingSensitivityOf(current.details()), current.details().markers(),
                currentUser.require().id());
        var force = ForceContext.require();
        if (!people.correct(force, id, expectedVersion, details, currentUser.require().id(), clock.instant()))
            throw conflict(id, expectedVersion, current, details);
        searchKeys.keep(force, id, details);
        var changed = new ArrayList<>(current.details().changesTo(details).keySet());
        audit.record(Operation.ALTER, RECORD, id, AuditDetails.fieldsChanged(changed));
        return people.byId(id).orElseThrow();
    }

    /**
     * Who set a warning and when is Invicta's to say: a marker already on the record keeps its own, a new
     * one is stamped with the user and the time now.
     */
    private PersonDetails stampNewMarkers(PersonDetails details, List<WarningMarker> existing, @Nullable UserId by) {
        var stamped = details.markers().stream().map(marker -> existing.stream()
                        .filter(old -> old.code().equals(marker.code()) && old.note().equals(marker.note()))
                        .findFirst().map(old -> new WarningMarker(marker.code(), marker.note(), marker.expires(), old.setBy(), old.setAt()))
                        .orElseGet(() -> marker.setBy(by == null ? "system" : by.value().toString(), clock.instant())))
                .toList();
        return details.withMarkers(stamped);
    }

    /** Adds a warning marker, as a correction of the version the user saw. */
    @Transactional(noRollbackFor = ConcurrentChange.class)
    @PreAuthorize("hasAuthority('person:record')")
    public Person addMarker(PersonId id, int expectedVersion, WarningMarker marker) {
        var current = people.byId(id).orElseThrow(() -> new NotFound("person " + id)).details();
        var markers = new ArrayList<>(current.markers());
        markers.add(marker);
        return correct(id, expectedVersion, current.withMarkers(markers));
    }

    /** Adds another name the person is known by, as a correction of the version the user saw. */
    @Transactional(noRollbackFor = ConcurrentChange.class)
    @PreAuthorize("hasAuthority('person:record')")
    public Person addAlias(PersonId id, int expectedVersion, Alias alias) {
        var current = people.byId(id).orElseThrow(() -> new NotFound("person " + id)).details();
        var aliases = new ArrayList<>(current.aliases());
        aliases.add(alias);
        return correct(id, expectedVersion, current.withAliases(aliases));
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
