package org.invicta.crime;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.invicta.audit.AuditDetails;
import org.invicta.audit.AuditTrail;
import org.invicta.audit.Operation;
import org.invicta.crime.persistence.Classifications;
import org.invicta.crime.persistence.Crimes;
import org.invicta.crime.persistence.Incidents;
import org.invicta.crime.persistence.RecordNumbers;
import org.invicta.crime.recording.AllegedOffence;
import org.invicta.crime.recording.CountingRules;
import org.invicta.crime.recording.CrimeToRecord;
import org.invicta.person.MergedPerson;
import org.invicta.person.Person;
import org.invicta.person.PersonId;
import org.invicta.person.PersonQueries;
import org.invicta.platform.security.CurrentUser;
import org.invicta.platform.security.UserDirectory;
import org.invicta.platform.tenancy.ForceContext;
import org.invicta.shared.ConcurrentChange;
import org.invicta.shared.ForceId;
import org.invicta.shared.InvalidField;
import org.invicta.shared.NotFound;
import org.invicta.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what an officer reports: the incident, its people (each a person on record, read through the
 * person module so the read is checked and audited), and the crimes the counting rules make of the
 * offences it discloses, numbered per force and year, in one transaction.
 */
@Service
public class ReportingIncidents {

    static final String INCIDENT = "incident";
    static final String CRIME = "crime";

    private final Incidents incidents;
    private final Crimes crimes;
    private final Classifications classifications;
    private final RecordNumbers numbers;
    private final PersonQueries people;
    private final org.invicta.person.RecordingPeople newPeople;
    private final UserDirectory directory;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final org.invicta.map.AreaMap map;

    ReportingIncidents(Incidents incidents, Crimes crimes, Classifications classifications, RecordNumbers numbers,
                       PersonQueries people, org.invicta.person.RecordingPeople newPeople, UserDirectory directory, AuditTrail audit,
                       CurrentUser currentUser, Clock clock, org.invicta.map.AreaMap map) {
        this.map = map;
        this.newPeople = newPeople;
        this.incidents = incidents;
        this.crimes = crimes;
        this.classifications = classifications;
        this.numbers = numbers;
        this.people = people;
        this.directory = directory;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The incident as recorded, and the crimes recorded from it. */
    public record Reported(Incident incident, List<Crime> crimes) {
    }

    @Transactional
    @PreAuthorize("hasAuthority('crime:record')")
    public Reported report(IncidentReport submitted) {
        var now = clock.instant();
        var report = submitted.checked(now);
        var force = ForceContext.require();
        var by = currentUser.require().id();
        var involved = new Involvement(report.people(), report.offences());
        var toRecord = crimesFor(report.offences(), involved);
        var allocatedTo = allocation(report.allocateTo());

        var id = new IncidentId(UUID.randomUUID());
        var year = now.atZone(clock.getZone()).getYear();
        var number = String.format("INC/%06d/%02d", numbers.next(force, "incident", year), year % 100);
        var place = new Incident.Place(report.place().text(), report.place().postcode(), report.place().latitude(), report.place().longitude());
        incidents.add(force, new Incidents.NewIncident(id, number, report.channel(), report.openingType(), report.reportedAt(), place,
                report.narrative(), directory.districtOf(by).orElse("")), by, now);
        incidents.log(force, id, "Reported: " + report.openingType(), by, now);
        audit.record(Operation.COLLECT, INCIDENT, id, AuditDetails.purpose(peopleNamed(involved.all())));
        if (!toRecord.isEmpty()) incidents.decide(id, 1, "CRIME_RECORDED", report.openingType(), "", by, now);
        record(force, id, report.reportedAt(), place, toRecord, involved, allocatedTo, by, now);
        return reported(id);
    }

    /**
     * The decision that an open incident discloses crimes after all: the counting rules make them from the
     * offences named, against the incident's people and any victim named now. The 24-hour clock still runs
     * from the report, so a late decision shows as late.
     */
    @Transactional
    @PreAuthorize("hasAuthority('crime:record')")
    public Reported recordCrimes(IncidentId id, int expectedVersion, @Nullable List<IncidentReport.Offence> offences, @Nullable UUID allocateTo) {
        var incident = incidents.byId(id).orElseThrow(() -> new NotFound("incident " + id));
        if (!incident.status().equals("OPEN") && !incident.status().equals("N100"))
            throw new InvalidField("status", "the incident is " + incident.status() + ", not open");
        var named = againstItsVictims(IncidentReport.checkedOffences(offences), incident);
        var involved = new Involvement(incident.people().stream().map(p -> new IncidentReport.Involved(p.personId(), p.role())).toList(), named);
        var toRecord = crimesFor(named, involved);
        var allocatedTo = allocation(allocateTo);
        var by = currentUser.require().id();
        var now = clock.instant();
        if (!incidents.decide(id, expectedVersion, "CRIME_RECORDED", incident.openingType(), "", by, now))
            throw new ConcurrentChange("incident " + id, expectedVersion, incident.version(), java.util.Map.of());
        record(ForceContext.require(), id, incident.reportedAt(), incident.place(), toRecord, involved, allocatedTo, by, now);
        audit.record(Operation.ALTER, INCIDENT, id, AuditDetails.fieldsChanged(List.of("status", "crimes")));
        return reported(id);
    }

    /** An offence named now without a victim is against each victim linked to the incident: one crime per victim. */
    private static List<IncidentReport.Offence> againstItsVictims(List<IncidentReport.Offence> offences, Incident incident) {
        var victims = incident.people().stream().filter(p -> p.role() == InvolvedPerson.Role.VICTIM).map(InvolvedPerson::personId).toList();
        var against = new ArrayList<IncidentReport.Offence>();
        for (var offence : offences) {
            var named = offence.victimPersonId() != null || offence.victimName() != null && !offence.victimName().isBlank();
            if (named || victims.isEmpty()) against.add(offence);
            else victims.forEach(victim -> against.add(new IncidentReport.Offence(offence.classification(), victim, null)));
        }
        return against;
    }

    private Reported reported(IncidentId id) {
        return new Reported(incidents.byId(id).orElseThrow(),
                crimes.fromIncident(id).stream().map(crime -> crimes.byId(crime.id()).orElseThrow()).toList());
    }

    /**
     * Records a reported rape or attempted rape that is not at once a confirmed rape as an N100 (for example
     * credible evidence it did not happen, or it happened in another force's area): its own kind of record,
     * with why, kept and still able to become a crime.
     */
    @Transactional
    @PreAuthorize("hasAuthority('crime:record')")
    public Incident recordN100(IncidentId id, int expectedVersion, @Nullable String reason) {
        var incident = incidents.byId(id).orElseThrow(() -> new NotFound("incident " + id));
        if (!incident.status().equals("OPEN")) throw new InvalidField("status", "the incident is " + incident.status() + ", not open");
        if (reason == null || reason.isBlank())
            throw new InvalidField("reason", "say why the report is not recorded as a confirmed rape now");
        var by = currentUser.require().id();
        var now = clock.instant();
        if (!incidents.markN100(id, expectedVersion, reason.trim(), by, now))
            throw new ConcurrentChange("incident " + id, expectedVersion, incident.version(), java.util.Map.of());
        incidents.log(ForceContext.require(), id, "Recorded as an N100: " + reason.trim(), by, now);
        audit.record(Operation.ALTER, INCIDENT, id, AuditDetails.fieldsChanged(List.of("status", "n100Reason")));
        return incidents.byId(id).orElseThrow();
    }

    /** An update to the incident's log: what was done or learnt, with who and when. */
    @Transactional
    @PreAuthorize("hasAuthority('crime:record')")
    public Incident addToLog(IncidentId id, @Nullable String text) {
        var incident = incidents.byId(id).orElseThrow(() -> new NotFound("incident " + id));
        if (text == null || text.isBlank()) throw new InvalidField("text", "write the update");
        if (text.length() > 4000) throw new InvalidField("text", "an update is at most 4,000 characters");
        incidents.log(ForceContext.require(), incident.id(), text.trim(), currentUser.require().id(), clock.instant());
        audit.record(Operation.ALTER, INCIDENT, id, AuditDetails.fieldsChanged(List.of("log")));
        return incidents.byId(id).orElseThrow();
    }

    /**
     * Reports an incident whose victim or suspect is not on record yet, recording them first in the same
     * transaction: if the report is refused, no person is left behind. The officer has seen who the search
     * found, so each new record carries that as its reason and any strong match still reaches the duplicate
     * review. A new victim is the victim of every offence that names no other.
     */
    @Transactional
    @PreAuthorize("hasAuthority('crime:record') and hasAuthority('person:record')")
    public Reported reportWithNewPeople(IncidentReport submitted, org.invicta.person.@Nullable PersonDetails newVictim,
                                        org.invicta.person.@Nullable PersonDetails newSuspect) {
        var people = new ArrayList<>(submitted.people() == null ? List.<IncidentReport.Involved>of() : submitted.people());
        var offences = submitted.offences() == null ? List.<IncidentReport.Offence>of() : submitted.offences();
        if (newVictim != null) {
            var victim = newPeople.record(newVictim, NOT_FOUND).id().value();
            people.add(new IncidentReport.Involved(victim, InvolvedPerson.Role.VICTIM));
            offences = offences.stream().map(offence -> offence.victimPersonId() != null ? offence
                    : new IncidentReport.Offence(offence.classification(), victim, null)).toList();
        }
        if (newSuspect != null)
            people.add(new IncidentReport.Involved(newPeople.record(newSuspect, NOT_FOUND).id().value(), InvolvedPerson.Role.SUSPECT));
        return report(new IncidentReport(submitted.channel(), submitted.openingType(), submitted.reportedAt(), submitted.place(),
                submitted.narrative(), people, offences, submitted.allocateTo()));
    }

    private static final String NOT_FOUND = "not one of the people found when the incident was reported";

    /** The decision that an open incident discloses no crime, with the rationale that shows the standard was kept. */
    @Transactional
    @PreAuthorize("hasAuthority('crime:record')")
    public Incident noCrime(IncidentId id, int expectedVersion, @Nullable String rationale) {
        var incident = incidents.byId(id).orElseThrow(() -> new NotFound("incident " + id));
        if (!incident.status().equals("OPEN")) throw new InvalidField("status", "the incident is " + incident.status() + ", not open");
        if (rationale == null || rationale.isBlank())
            throw new InvalidField("nonCrimeRationale", "say why no crime is recorded: what shows that no notifiable offence took place");
        var by = currentUser.require().id();
        var now = clock.instant();
        if (!incidents.decide(id, expectedVersion, "NO_CRIME", incident.openingType(), rationale.trim(), by, now))
            throw new ConcurrentChange("incident " + id, expectedVersion, incident.version(), java.util.Map.of());
        incidents.log(ForceContext.require(), id, "No crime: " + rationale.trim(), by, now);
        audit.record(Operation.ALTER, INCIDENT, id, AuditDetails.fieldsChanged(List.of("status", "nonCrimeRationale")));
        return incidents.byId(id).orElseThrow();
    }

    /** Links the incident's people and records its crimes, numbered, each with its victim, suspects and witnesses; logs them. */
    private void record(ForceId force, IncidentId incident, Instant reportedAt, Incident.Place place, List<CrimeToRecord> toRecord,
                        Involvement involvement, @Nullable UserId allocatedTo, UserId by, Instant now) {
        var involved = involvement.all();
        involved.forEach(person -> incidents.involve(force, incident, person));
        var year = now.atZone(clock.getZone()).getYear();
        // the statistical area, as police.uk publishes each crime's: from the force's map where a point was given
        var area = place.latitude() == null || place.longitude() == null ? java.util.Optional.<org.invicta.map.Area>empty()
                : map.areaAt(place.latitude(), place.longitude());
        var recorded = new ArrayList<String>();
        for (var crime : toRecord) {
            var id = new CrimeId(UUID.randomUUID());
            var number = String.format("CR/%06d/%02d", numbers.next(force, "crime", year), year % 100);
            var victim = crime.victim();
            var victimName = victim == null || victim.personId() != null ? "" : victim.name();
            crimes.add(force, new Crimes.NewCrime(id, number, incident, crime.principal(), crime.secondary(), reportedAt, place.summary(),
                    place.latitude(), place.longitude(), area.map(org.invicta.map.Area::code).orElse(""),
                    area.map(org.invicta.map.Area::name).orElse(""), victimName, allocatedTo), by, now);
            for (var person : involved) {
                var isThisVictim = victim != null && victim.personId() != null && victim.personId().equals(person.personId().toString());
                if (person.role() == InvolvedPerson.Role.VICTIM && isThisVictim || person.role() == InvolvedPerson.Role.SUSPECT
                        || person.role() == InvolvedPerson.Role.WITNESS)
                    crimes.involve(force, id, person);
            }
            audit.record(Operation.COLLECT, CRIME, id, AuditDetails.purpose(number + " " + crime.principal().code()));
            recorded.add(number);
        }
        if (!recorded.isEmpty()) incidents.log(force, incident, "Crime recorded: " + String.join(", ", recorded), by, now);
    }

    private List<CrimeToRecord> crimesFor(List<IncidentReport.Offence> offences, Involvement involved) {
        return offences.isEmpty() ? List.of() : CountingRules.crimesFor(alleged(offences, involved));
    }

    /** The people of a report, each read once as a person on record; a merged record stands for its survivor. */
    private final class Involvement {
        private final java.util.Map<UUID, Person> byRequestedId = new java.util.HashMap<>();
        private final LinkedHashMap<String, InvolvedPerson> involved = new LinkedHashMap<>();

        Involvement(List<IncidentReport.Involved> people, List<IncidentReport.Offence> offences) {
            for (var person : people) add(person.personId(), person.role());
            for (var offence : offences)
                if (offence.victimPersonId() != null) add(offence.victimPersonId(), InvolvedPerson.Role.VICTIM);
        }

        private void add(UUID requested, InvolvedPerson.Role role) {
            var person = byRequestedId.computeIfAbsent(requested, ReportingIncidents.this::onRecord);
            involved.putIfAbsent(person.id().value() + ":" + role, new InvolvedPerson(person.id().value(),
                    person.givenNames() + " " + person.surname().toUpperCase(java.util.Locale.ROOT), role));
        }

        UUID resolved(UUID requested) {
            return byRequestedId.get(requested).id().value();
        }

        java.util.Collection<InvolvedPerson> all() {
            return involved.values();
        }
    }

    private Person onRecord(UUID personId) {
        try {
            return people.read(new PersonId(personId), "involved in an incident being reported");
        } catch (MergedPerson merged) {
            return people.read(merged.survivor(), "involved in an incident being reported");
        } catch (NotFound missing) {
            throw new InvalidField("people", "there is no person " + personId + " in your force's records");
        }
    }

    private List<AllegedOffence> alleged(List<IncidentReport.Offence> offences, Involvement involved) {
        var alleged = new ArrayList<AllegedOffence>();
        for (int i = 0; i < offences.size(); i++) {
            var offence = offences.get(i);
            var field = "offences[" + i + "].classification";
            var classification = classifications.byCode(offence.classification())
                    .orElseThrow(() -> new InvalidField(field, "\"" + offence.classification() + "\" is not a Home Office classification"));
            AllegedOffence.Victim victim = null;
            if (offence.victimPersonId() != null) {
                victim = new AllegedOffence.Victim(involved.resolved(offence.victimPersonId()).toString(), "");
            } else if (offence.victimName() != null && !offence.victimName().isBlank())
                victim = new AllegedOffence.Victim(null, offence.victimName().trim());
            alleged.add(new AllegedOffence(classification, victim));
        }
        return alleged;
    }

    private @Nullable UserId allocation(@Nullable UUID officer) {
        if (officer == null) return null;
        return directory.holding("crime:record").stream().map(UserDirectory.Officer::id).filter(id -> id.value().equals(officer))
                .findFirst().orElseThrow(() -> new InvalidField("allocateTo", "allocate to an officer of your force who can work crimes"));
    }

    private static String peopleNamed(java.util.Collection<InvolvedPerson> involved) {
        if (involved.isEmpty()) return "no people linked";
        return "people linked: " + String.join(", ", involved.stream().map(p -> p.role().name().toLowerCase() + " " + p.personId()).toList());
    }
}
