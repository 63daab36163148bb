package org.invicta.crime;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.invicta.audit.AuditDetails;
import org.invicta.audit.AuditTrail;
import org.invicta.audit.Operation;
import org.invicta.crime.persistence.Classifications;
import org.invicta.crime.persistence.Crimes;
import org.invicta.crime.persistence.Incidents;
import org.invicta.crime.recording.Classification;
import org.invicta.platform.access.ProtectedRecord;
import org.invicta.platform.access.RecordAccess;
import org.invicta.platform.security.CurrentUser;
import org.invicta.platform.security.UserDirectory;
import org.invicta.shared.NotFound;
import org.invicta.shared.Sensitivity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading incidents and crimes. A crime is about its victim, so every crime shown writes its audit row,
 * and so does every person shown on it; access is the one policy's decision.
 */
@Service
public class CrimeQueries {

    private static final int LIST_LENGTH = 100;
    /** A search shows the newest 50: enough to scan, and each one shown is an audited consultation. */
    private static final int SEARCH_LENGTH = 50;

    private final Crimes crimes;
    private final Incidents incidents;
    private final Classifications classifications;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final UserDirectory directory;
    private final Clock clock;

    CrimeQueries(Crimes crimes, Incidents incidents, Classifications classifications, RecordAccess access, AuditTrail audit,
                 CurrentUser currentUser, UserDirectory directory, Clock clock) {
        this.crimes = crimes;
        this.incidents = incidents;
        this.classifications = classifications;
        this.access = access;
        this.audit = audit;
        this.currentUser = currentUser;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAuthority('crime:read')")
    public Crime read(CrimeId id) {
        var crime = crimes.byId(id).orElseThrow(() -> new NotFound("crime " + id));
        access.require("crime:read", ProtectedRecord.of(ReportingIncidents.CRIME, id, crime.force(), Sensitivity.OFFICIAL));
        audit.record(Operation.CONSULT, ReportingIncidents.CRIME, id);
        crime.people().forEach(person -> audit.record(Operation.CONSULT, "person", person.personId(),
                AuditDetails.purpose("shown on crime " + crime.number())));
        return crime;
    }

    @Transactional
    @PreAuthorize("hasAuthority('crime:read')")
    public Optional<Crime> byNumber(String number) {
        return crimes.byNumber(number).map(found -> read(found.id()));
    }

    @Transactional
    @PreAuthorize("hasAuthority('crime:read')")
    public Incident incident(IncidentId id) {
        var incident = incidents.byId(id).orElseThrow(() -> new NotFound("incident " + id));
        access.require("crime:read", ProtectedRecord.of(ReportingIncidents.INCIDENT, id, incident.force(), Sensitivity.OFFICIAL));
        audit.record(Operation.CONSULT, ReportingIncidents.INCIDENT, id);
        incident.people().forEach(person -> audit.record(Operation.CONSULT, "person", person.personId(),
                AuditDetails.purpose("shown on incident " + incident.number())));
        return incident;
    }

    @Transactional
    @PreAuthorize("hasAuthority('crime:read')")
    public List<Crime> fromIncident(IncidentId id) {
        return shown(crimes.fromIncident(id));
    }

    /**
     * Crimes filed under all the words typed (a street, a town or LSOA, a victim's name, an offence),
     * or the crime with the number typed; newest first, each shown audited.
     */
    @Transactional
    @PreAuthorize("hasAuthority('crime:read')")
    public List<Crime> search(String text) {
        var words = CrimeWords.ofSearch(text);
        if (words.isEmpty()) throw new org.invicta.shared.InvalidField("q", "type a crime number, or words of the place, victim or offence");
        return shown(crimes.withWords(words, SEARCH_LENGTH));
    }

    /** The crimes allocated to the signed-in officer, newest first. */
    @Transactional
    @PreAuthorize("hasAuthority('crime:read')")
    public List<Crime> mine() {
        return shown(crimes.allocatedTo(currentUser.require().id(), LIST_LENGTH));
    }

    /** The force's N100 records, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('crime:read')")
    public List<Incident> n100s() {
        return incidents.n100s(LIST_LENGTH);
    }

    /** Open incidents awaiting a recording decision, the most urgent first, each with its clock. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('crime:read')")
    public List<Incident> awaitingDecision() {
        return incidents.awaitingDecision(LIST_LENGTH);
    }

    /** The objects and places linked to a crime the caller has read. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('crime:read')")
    public List<CrimeLink> links(CrimeId id) {
        return crimes.links(id);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('crime:read')")
    public String modusOperandi(CrimeId id) {
        return crimes.modusOperandi(id);
    }

    public List<Classification> classifications() {
        return classifications.current();
    }

    /** Who crimes can be allocated to. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('crime:record')")
    public List<UserDirectory.Officer> allocatable() {
        return directory.holding("crime:record");
    }

    public java.time.Instant now() {
        return clock.instant();
    }

    private List<Crime> shown(List<Crime> found) {
        found.forEach(crime -> audit.record(Operation.CONSULT, ReportingIncidents.CRIME, crime.id(), AuditDetails.purpose("listed")));
        return found;
    }
}
