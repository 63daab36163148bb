package org.invicta.person;

import java.time.Clock;
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
import org.invicta.platform.tenancy.ForceContext;
import org.invicta.shared.ConcurrentChange;
import org.invicta.shared.InvalidField;
import org.invicta.shared.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges two records of one person, and undoes it. A merge copies nothing and deletes nothing: the
 * merged record keeps its details and links and points at the survivor, so an unmerge restores both
 * exactly. Both records must still be at the versions the reviewer compared: an edit made meanwhile
 * wins, and the merge is refused as a conflict. Merge and unmerge are audited as combinations.
 */
@Service
public class MergingPeople {

    private final People people;
    private final Merges merges;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    MergingPeople(People people, Merges merges, RecordAccess access, AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.people = people;
        this.merges = merges;
        this.access = access;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public record Merged(UUID mergeId, Person survivor, Person merged) {
    }

    @Transactional
    @PreAuthorize("hasAuthority('person:merge')")
    public Merged merge(@Nullable PersonId survivorId, @Nullable Integer survivorVersion, @Nullable PersonId mergedId,
                        @Nullable Integer mergedVersion, @Nullable String reason, @Nullable Double matchProbability) {
        if (survivorId == null) throw new InvalidField("survivorId", "Give the id of the record to keep");
        if (mergedId == null) throw new InvalidField("mergedId", "Give the id of the record to merge into it");
        if (survivorVersion == null) throw new InvalidField("survivorVersion", "Give the version of the record to keep that you compared");
        if (mergedVersion == null) throw new InvalidField("mergedVersion", "Give the version of the merged record that you compared");
        if (survivorId.equals(mergedId)) throw new InvalidField("mergedId", "A person cannot be merged with themselves");
        if (reason == null || reason.isBlank()) throw new InvalidField("reason", "Say why these records are one person");
        var survivor = readable(survivorId);
        var merged = readable(mergedId);
        if (survivor.merged()) throw new InvalidField("survivorId", "The record to keep was itself merged: merge into " + survivor.mergedInto());
        if (merged.merged()) throw new InvalidField("mergedId", "That record is already merged into " + merged.mergedInto());
        var now = clock.instant();
        if (!people.setMergedInto(mergedId, mergedVersion, survivorId, now))
            throw new ConcurrentChange("person " + mergedId, mergedVersion, merged.version(), java.util.Map.of());
        if (!people.touch(survivorId, survivorVersion, now))
            throw new ConcurrentChange("person " + survivorId, survivorVersion, survivor.version(), java.util.Map.of());
        var by = currentUser.require().id();
        people.keepVersionOf(mergedId, by, now);
        people.keepVersionOf(survivorId, by, now);
        var mergeId = UUID.randomUUID();
        merges.recordMerge(ForceContext.require(), mergeId, survivorId, mergedId, reason.trim(), matchProbability, by, now);
        merges.decide(survivorId, mergedId, "MERGED", by, now);
        var details = AuditDetails.purpose("merge " + mergeId + ": " + mergedId + " into " + survivorId);
        audit.record(Operation.COMBINE, RecordingPeople.RECORD, survivorId, details);
        audit.record(Operation.COMBINE, RecordingPeople.RECORD, mergedId, details);
        return new Merged(mergeId, people.byId(survivorId).orElseThrow(), people.byId(mergedId).orElseThrow());
    }

    /** Undoes a merge: both records as they were, each with the links made to it, before or since. */
    @Transactional
    @PreAuthorize("hasAuthority('person:merge')")
    public Merged unmerge(UUID mergeId, @Nullable String reason) {
        if (reason == null || reason.isBlank()) throw new InvalidField("reason", "Say why the merge was wrong");
        var merge = merges.merge(mergeId).orElseThrow(() -> new NotFound("merge " + mergeId));
        if (merge.undone()) throw new InvalidField("mergeId", "This merge was already undone");
        var survivor = readable(merge.survivor());
        var merged = readable(merge.merged());
        var now = clock.instant();
        var by = currentUser.require().id();
        if (!people.setMergedInto(merge.merged(), merged.version(), null, now) || !people.touch(merge.survivor(), survivor.version(), now))
            throw new ConcurrentChange("merge " + mergeId, merged.version(), merged.version() + 1, java.util.Map.of());
        people.keepVersionOf(merge.merged(), by, now);
        people.keepVersionOf(merge.survivor(), by, now);
        merges.recordUnmerge(mergeId, reason.trim(), by, now);
        var details = AuditDetails.purpose("unmerge " + mergeId + ": " + merge.merged() + " from " + merge.survivor());
        audit.record(Operation.COMBINE, RecordingPeople.RECORD, merge.survivor(), details);
        audit.record(Operation.COMBINE, RecordingPeople.RECORD, merge.merged(), details);
        return new Merged(mergeId, people.byId(merge.survivor()).orElseThrow(), people.byId(merge.merged()).orElseThrow());
    }

    /** The merges a person took part in, either side, newest first: for the record's page and its undo button. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('person:read')")
    public List<PersonMerge> mergesOf(PersonId id) {
        readable(id);
        return merges.mergesOf(id);
    }

    private Person readable(PersonId id) {
        var person = people.byId(id).orElseThrow(() -> new NotFound("person " + id));
        access.require("person:read", ProtectedRecord.of(RecordingPeople.RECORD, id, person.force(), person.sensitivity()));
        return person;
    }
}
