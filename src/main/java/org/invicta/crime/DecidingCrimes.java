package org.invicta.crime;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.invicta.audit.AuditDetails;
import org.invicta.audit.AuditTrail;
import org.invicta.audit.Operation;
import org.invicta.crime.persistence.Classifications;
import org.invicta.crime.persistence.CrimeDecisions;
import org.invicta.crime.persistence.Crimes;
import org.invicta.crime.recording.Cancellation;
import org.invicta.platform.access.ProtectedRecord;
import org.invicta.platform.access.RecordAccess;
import org.invicta.platform.security.CurrentUser;
import org.invicta.platform.tenancy.ForceContext;
import org.invicta.platform.web.ForceNames;
import org.invicta.shared.ConcurrentChange;
import org.invicta.shared.ForceId;
import org.invicta.shared.InvalidField;
import org.invicta.shared.NotFound;
import org.invicta.shared.Sensitivity;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decisions the Force Crime Registrar owns (HOCR sections B and C): reclassifying a crime, transferring
 * it to the force where it happened, cancelling it on additional verifiable information. Each names its
 * reason, keeps the crime as it was, is checked against the version the registrar read, and is audited.
 */
@Service
public class DecidingCrimes {

    private final Crimes crimes;
    private final CrimeDecisions decisions;
    private final Classifications classifications;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final ForceNames forces;
    private final Clock clock;

    DecidingCrimes(Crimes crimes, CrimeDecisions decisions, Classifications classifications, RecordAccess access, AuditTrail audit,
                   CurrentUser currentUser, ForceNames forces, Clock clock) {
        this.crimes = crimes;
        this.decisions = decisions;
        this.classifications = classifications;
        this.access = access;
        this.audit = audit;
        this.currentUser = currentUser;
        this.forces = forces;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAuthority('crime:decide')")
    public Crime reclassify(CrimeId id, int expectedVersion, @Nullable String classification, @Nullable String reason) {
        var crime = recorded(id);
        var to = classifications.byCode(text(classification))
                .orElseThrow(() -> new InvalidField("classification", "\"" + text(classification) + "\" is not a Home Office classification"));
        var from = crime.classification() == null ? crime.categoryCode() : crime.classification().code();
        if (to.code().equals(from)) throw new InvalidField("classification", "the crime is already classified " + from);
        var why = required(reason, "reason", "say why the classification changes");
        var by = currentUser.require().id();
        if (!decisions.reclassify(id, expectedVersion, to, by, clock.instant())) throw stale(crime, expectedVersion);
        crimes.fileUnder(id, CrimeWords.of(crime.number(), to.title(), classifications.categoryName(to.categoryCode())));
        decisions.add(ForceContext.require(), id, new CrimeDecision(0, "RECLASSIFIED", from, to.code(), "", "", why, by.value(), clock.instant()));
        audit.record(Operation.ALTER, ReportingIncidents.CRIME, id, AuditDetails.fieldsChanged(List.of("classification")));
        return crimes.byId(id).orElseThrow();
    }

    @Transactional
    @PreAuthorize("hasAuthority('crime:decide')")
    public Crime transfer(CrimeId id, int expectedVersion, @Nullable String toForce, @Nullable String reason) {
        var crime = recorded(id);
        var force = text(toForce).toLowerCase(java.util.Locale.ROOT);
        if (force.isEmpty() || !forces.exists(ForceId.of(force))) throw new InvalidField("force", "choose the force where the crime happened");
        if (force.equals(crime.force().value())) throw new InvalidField("force", "the crime is already this force's");
        var why = required(reason, "reason", "say why the crime belongs to that force (where it happened)");
        var by = currentUser.require().id();
        if (!decisions.close(id, expectedVersion, "TRANSFERRED", force, by, clock.instant())) throw stale(crime, expectedVersion);
        decisions.add(ForceContext.require(), id, new CrimeDecision(0, "TRANSFERRED", "", "", force, "", why, by.value(), clock.instant()));
        audit.record(Operation.ALTER, ReportingIncidents.CRIME, id, AuditDetails.fieldsChanged(List.of("status", "transferredTo")));
        return crimes.byId(id).orElseThrow();
    }

    @Transactional
    @PreAuthorize("hasAuthority('crime:decide')")
    public Crime cancel(CrimeId id, int expectedVersion, @Nullable String reasonCode, @Nullable String additionalVerifiableInformation) {
        var crime = recorded(id);
        var cancellation = new Cancellation(text(reasonCode), text(additionalVerifiableInformation),
                currentUser.require().can("crime:decide"));
        cancellation.check(decisions.cancellationReasons().keySet());
        var by = currentUser.require().id();
        if (!decisions.close(id, expectedVersion, "CANCELLED", "", by, clock.instant())) throw stale(crime, expectedVersion);
        decisions.add(ForceContext.require(), id, new CrimeDecision(0, "CANCELLED", "", "", "", cancellation.reasonCode(),
                cancellation.additionalVerifiableInformation(), by.value(), clock.instant()));
        audit.record(Operation.ALTER, ReportingIncidents.CRIME, id, AuditDetails.fieldsChanged(List.of("status")));
        return crimes.byId(id).orElseThrow();
    }

    @Transactional
    @PreAuthorize("hasAuthority('crime:read')")
    public List<CrimeDecision> decisions(CrimeId id) {
        var crime = crimes.byId(id).orElseThrow(() -> new NotFound("crime " + id));
        access.require("crime:read", ProtectedRecord.of(ReportingIncidents.CRIME, id, crime.force(), Sensitivity.OFFICIAL));
        audit.record(Operation.CONSULT, ReportingIncidents.CRIME, id, AuditDetails.purpose("decisions"));
        return decisions.of(id);
    }

    public Map<String, String> cancellationReasons() {
        return decisions.cancellationReasons();
    }

    private Crime recorded(CrimeId id) {
        var crime = crimes.byId(id).orElseThrow(() -> new NotFound("crime " + id));
        access.require("crime:decide", ProtectedRecord.of(ReportingIncidents.CRIME, id, crime.force(), Sensitivity.OFFICIAL));
        if (!crime.status().equals("RECORDED"))
            throw new InvalidField("status", "the crime is " + crime.status().toLowerCase(java.util.Locale.ROOT) + ": only a recorded crime can be changed");
        return crime;
    }

    private static ConcurrentChange stale(Crime crime, int expectedVersion) {
        return new ConcurrentChange("crime " + crime.number(), expectedVersion, crime.version(), Map.of());
    }

    private static String required(@Nullable String value, String field, String rule) {
        if (value == null || value.isBlank()) throw new InvalidField(field, rule);
        return value.trim();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.trim();
    }
}
