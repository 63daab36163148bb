package org.invicta.person;

import java.time.Clock;
import java.util.List;
import org.invicta.audit.AuditDetails;
import org.invicta.audit.AuditTrail;
import org.invicta.audit.Operation;
import org.invicta.identity.Match;
import org.invicta.identity.PersonMatching;
import org.invicta.person.persistence.Merges;
import org.invicta.person.persistence.People;
import org.invicta.platform.access.ProtectedRecord;
import org.invicta.platform.access.RecordAccess;
import org.invicta.platform.security.CurrentUser;
import org.invicta.platform.tenancy.ForceContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duplicate review: pairs that may be one person, from entries made despite a strong match and
 * from scans of the force's records, best first. A reviewer compares them side by side and merges
 * them or records that they are different people, which is never asked again.
 */
@Service
public class ReviewingDuplicates {

    /** Pairs at or above this go to the review queue. */
    public static final double REVIEW_FROM = 0.5;
    private static final int QUEUE_SHOWN = 50;

    private final People people;
    private final Merges merges;
    private final FindingPeople finding;
    private final PersonMatching matching;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReviewingDuplicates(People people, Merges merges, FindingPeople finding, PersonMatching matching, RecordAccess access,
                        AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.people = people;
        this.merges = merges;
        this.finding = finding;
        this.matching = matching;
        this.access = access;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Two records that may be one person, with the matcher's reasons. */
    public record Pair(Person a, Person b, Match match, String source) {
    }

    @Transactional
    @PreAuthorize("hasAuthority('person:merge')")
    public List<Pair> queue() {
        var pairs = merges.openPairs(QUEUE_SHOWN).stream()
                .map(pair -> compare(pair.a(), pair.b(), pair.source()))
                .filter(java.util.Objects::nonNull)
                .toList();
        pairs.forEach(this::audited);
        return pairs;
    }

    /** One pair side by side, for the reviewer to decide. */
    @Transactional
    @PreAuthorize("hasAuthority('person:merge')")
    public Pair compare(@org.jspecify.annotations.Nullable PersonId a, @org.jspecify.annotations.Nullable PersonId b) {
        if (a == null || b == null) throw new org.invicta.shared.InvalidField(a == null ? "a" : "b", "Choose the two records to compare, a and b");
        var pair = compare(a, b, "REVIEWER");
        if (pair == null) throw new org.invicta.shared.NotFound("people " + a + " and " + b);
        audited(pair);
        return pair;
    }

    /** Looks through every active record of the force for likely duplicates and queues them; answers how many were new. */
    @Transactional
    @PreAuthorize("hasAuthority('person:merge')")
    public int scan() {
        var force = ForceContext.require();
        var queued = 0;
        for (var person : people.active()) {
            for (var found : finding.likelySame(person, 3)) {
                if (found.match().probability() < REVIEW_FROM) continue;
                if (merges.queue(force, person.id(), found.person().id(), found.match().probability(), "SCAN", clock.instant())) queued++;
            }
        }
        return queued;
    }

    @Transactional
    @PreAuthorize("hasAuthority('person:merge')")
    public void notTheSamePerson(@org.jspecify.annotations.Nullable PersonId a, @org.jspecify.annotations.Nullable PersonId b) {
        compare(a, b);
        merges.decide(a, b, "NOT_THE_SAME", currentUser.require().id(), clock.instant());
    }

    private Pair compare(PersonId a, PersonId b, String source) {
        var first = people.byId(a).orElse(null);
        var second = people.byId(b).orElse(null);
        if (first == null || second == null || !mayRead(first) || !mayRead(second)) return null;
        var match = matching.rank(FindingPeople.matchable(first.id().toString(), first.details()),
                List.of(FindingPeople.matchable(second.id().toString(), second.details())), people.population()).get(0).match();
        return new Pair(first, second, match, source);
    }

    private void audited(Pair pair) {
        for (var person : List.of(pair.a(), pair.b()))
            audit.record(Operation.CONSULT, RecordingPeople.RECORD, person.id(), AuditDetails.purpose("duplicate review"));
    }

    private boolean mayRead(Person person) {
        return access.allows("person:read", ProtectedRecord.of(RecordingPeople.RECORD, person.id(), person.force(), person.sensitivity()));
    }
}
