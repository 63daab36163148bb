package org.invicta.crime.investigation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.invicta.audit.AuditDetails;
import org.invicta.audit.AuditTrail;
import org.invicta.audit.Operation;
import org.invicta.crime.Crime;
import org.invicta.crime.CrimeId;
import org.invicta.crime.CrimeQueries;
import org.invicta.crime.InvolvedPerson;
import org.invicta.platform.security.CurrentUser;
import org.invicta.platform.security.UserDirectory;
import org.invicta.platform.tenancy.ForceContext;
import org.invicta.shared.ConcurrentChange;
import org.invicta.shared.InvalidField;
import org.invicta.shared.NotFound;
import org.invicta.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working a crime: allocating it, screening it with the solvability factors found, setting tasks with
 * due dates, a supervisor's review, and the outcome, checked against what its type needs (a named
 * suspect, a rationale, the victim told) and held for a supervisor's sign-off where the type says so.
 * Every change is checked against the version read and audited.
 */
@Service
public class InvestigatingCrimes {

    private static final String CRIME = "crime";

    private final Investigations investigations;
    private final CrimeQueries crimes;
    private final UserDirectory directory;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    InvestigatingCrimes(Investigations investigations, CrimeQueries crimes, UserDirectory directory, AuditTrail audit,
                        CurrentUser currentUser, Clock clock) {
        this.investigations = investigations;
        this.crimes = crimes;
        this.directory = directory;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public List<OutcomeType> outcomeTypes() {
        return investigations.outcomeTypes();
    }

    @Transactional
    @PreAuthorize("hasAuthority('crime:read')")
    public Investigation read(CrimeId id) {
        crimes.read(id);
        return investigations.of(id).orElseThrow(() -> new NotFound("crime " + id));
    }

    /** The investigation of a crime the caller has just read (and so been allowed, and audited): for its page. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('crime:read')")
    public Investigation of(Crime crime) {
        return investigations.of(crime.id()).orElseThrow(() -> new NotFound("crime " + crime.id()));
    }

    @Transactional
    @PreAuthorize("hasAuthority('crime:record')")
    public Investigation allocate(CrimeId id, int version, @Nullable UUID officer) {
        workable(id);
        var to = officer(officer, "officer");
        if (!investigations.allocate(id, version, to, me(), clock.instant())) throw stale(id, version);
        return changed(id, "allocatedTo");
    }

    @Transactional
    @PreAuthorize("hasAuthority('crime:record')")
    public Investigation screen(CrimeId id, int version, @Nullable String decision, @Nullable List<String> factors, @Nullable String rationale) {
        workable(id);
        if (!"SCREENED_IN".equals(decision) && !"SCREENED_OUT".equals(decision))
            throw new InvalidField("decision", "screen the crime in (to investigate) or out");
        var found = factors == null ? List.<String>of() : factors;
        for (var factor : found)
            if (!Investigation.SOLVABILITY_FACTORS.contains(factor))
                throw new InvalidField("factors", "\"" + factor + "\" is not a solvability factor: use " + String.join(", ", Investigation.SOLVABILITY_FACTORS));
        if (rationale == null || rationale.isBlank()) throw new InvalidField("rationale", "say why the crime is screened " + (decision.equals("SCREENED_IN") ? "in" : "out"));
        if (!investigations.screen(id, version, decision, found, rationale.trim(), me(), clock.instant())) throw stale(id, version);
        return changed(id, "screening");
    }

    @Transactional
    @PreAuthorize("hasAuthority('crime:record')")
    public Investigation addTask(CrimeId id, @Nullable String description, @Nullable LocalDate dueOn, @Nullable UUID assignee) {
        workable(id);
        if (description == null || description.isBlank()) throw new InvalidField("description", "say what is to be done");
        if (dueOn == null) throw new InvalidField("dueOn", "give the date the task is due");
        if (dueOn.isBefore(LocalDate.now(clock))) throw new InvalidField("dueOn", "a task cannot be due in the past");
        var to = assignee == null ? me() : officer(assignee, "assignedTo");
        investigations.addTask(ForceContext.require(), id, description.trim(), dueOn, to, me(), clock.instant());
        return changed(id, "tasks");
    }

    @Transactional
    @PreAuthorize("hasAuthority('crime:record')")
    public Investigation completeTask(CrimeId id, int task) {
        crimes.read(id);
        if (!investigations.completeTask(id, task, clock.instant())) throw new NotFound("open task " + task + " of crime " + id);
        return changed(id, "tasks");
    }

    @Transactional
    @PreAuthorize("hasAuthority('crime:supervise')")
    public Investigation review(CrimeId id, @Nullable String note) {
        crimes.read(id);
        if (note == null || note.isBlank()) throw new InvalidField("note", "record what the review found and what is to be done");
        investigations.addReview(ForceContext.require(), id, note.trim(), me(), clock.instant());
        return changed(id, "reviews");
    }

    @Transactional
    @PreAuthorize("hasAuthority('crime:record')")
    public Investigation setOutcome(CrimeId id, int version, @Nullable String code, @Nullable String rationale,
                                    @Nullable UUID suspect, @Nullable Boolean victimTold) {
        var crime = workable(id);
        var type = investigations.outcomeType(code == null ? "" : code)
                .orElseThrow(() -> new InvalidField("outcome", "\"" + code + "\" is not an outcome type of the national framework"));
        type.check(suspect, suspectsOf(crime), rationale == null ? "" : rationale.trim(), Boolean.TRUE.equals(victimTold));
        if (!investigations.setOutcome(id, version, type, rationale == null ? "" : rationale.trim(), suspect,
                Boolean.TRUE.equals(victimTold), me(), clock.instant())) throw stale(id, version);
        return changed(id, "outcome");
    }

    @Transactional
    @PreAuthorize("hasAuthority('crime:supervise')")
    public Investigation signOff(CrimeId id, int version) {
        workable(id);
        var investigation = investigations.of(id).orElseThrow(() -> new NotFound("crime " + id));
        if (investigation.outcome() == null || !investigation.outcome().state().equals("AWAITING_SIGN_OFF"))
            throw new InvalidField("outcome", "no outcome of this crime waits for a supervisor's sign-off");
        if (investigation.outcome().setBy().equals(me().value()))
            throw new InvalidField("outcome", "the officer who set an outcome cannot sign it off too");
        if (!investigations.signOff(id, version, investigation.outcome().type().publishedAs(), me(), clock.instant())) throw stale(id, version);
        return changed(id, "outcome");
    }

    /** The signed-in officer's open tasks, soonest due first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('crime:read')")
    public List<TaskDue> myTasks() {
        return investigations.openTasksOf(me());
    }

    /** Outcomes waiting for a supervisor, oldest first. */
    @Transactional
    @PreAuthorize("hasAuthority('crime:supervise')")
    public List<Investigation> awaitingSignOff() {
        return investigations.awaitingSignOff().stream().map(id -> read(new CrimeId(id))).toList();
    }

    /** The crime, read (access checked, audited), if it is still recorded: a cancelled or transferred crime is not worked. */
    private Crime workable(CrimeId id) {
        var crime = crimes.read(id);
        if (!crime.status().equals("RECORDED"))
            throw new InvalidField("status", "the crime is " + crime.status().toLowerCase(java.util.Locale.ROOT) + ": it is no longer investigated here");
        return crime;
    }

    private java.util.Set<UUID> suspectsOf(Crime crime) {
        return crime.people().stream().filter(p -> p.role() == InvolvedPerson.Role.SUSPECT).map(InvolvedPerson::personId)
                .collect(Collectors.toSet());
    }

    private UserId officer(@Nullable UUID officer, String field) {
        if (officer == null) throw new InvalidField(field, "choose the officer");
        return directory.holding("crime:record").stream().map(UserDirectory.Officer::id).filter(o -> o.value().equals(officer))
                .findFirst().orElseThrow(() -> new InvalidField(field, "choose an officer of your force who can work crimes"));
    }

    private Investigation changed(CrimeId id, String field) {
        audit.record(Operation.ALTER, CRIME, id, AuditDetails.fieldsChanged(List.of(field)));
        return investigations.of(id).orElseThrow();
    }

    private ConcurrentChange stale(CrimeId id, int version) {
        var current = investigations.of(id).map(Investigation::version).orElse(version);
        return new ConcurrentChange("crime " + id, version, current, Map.of());
    }

    private UserId me() {
        return currentUser.require().id();
    }
}
