package org.invicta.crime.integrity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.invicta.audit.AuditDetails;
import org.invicta.audit.AuditTrail;
import org.invicta.audit.Operation;
import org.invicta.platform.security.CurrentUser;
import org.invicta.platform.tenancy.ForceContext;
import org.invicta.shared.InvalidField;
import org.invicta.shared.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registrar's crime data integrity audit, after HMICFRS's method: draw a seeded random sample of the
 * incidents reported over a period, mark each (correctly recorded, should have been recorded, correctly
 * not recorded), and report recording accuracy with its 95% confidence interval, by district and by type.
 * The sample is frozen when drawn, so the audit can be inspected again as it was.
 */
@Service
public class AuditingCrimeRecording {

    private static final int LARGEST_SAMPLE = 2_000;
    private static final SecureRandom SEEDS = new SecureRandom();

    private final CrimeAudits audits;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditingCrimeRecording(CrimeAudits audits, AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.audits = audits;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Draws a new audit's sample; a seed given again over the same incidents draws the same sample. */
    @Transactional
    @PreAuthorize("hasAuthority('crime:audit')")
    public CrimeAudit draw(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable Integer size, @Nullable Long seed) {
        if (from == null) throw new InvalidField("from", "give the first day of the period audited");
        if (to == null) throw new InvalidField("to", "give the last day of the period audited");
        if (to.isBefore(from)) throw new InvalidField("to", "the period ends before it starts");
        if (size == null || size < 1 || size > LARGEST_SAMPLE)
            throw new InvalidField("sampleSize", "sample between 1 and " + LARGEST_SAMPLE + " incidents");
        var id = UUID.randomUUID();
        var chosenSeed = seed != null ? seed : SEEDS.nextLong(1, 1_000_000_000L);
        var drawn = audits.draw(ForceContext.require(), id, from, to, chosenSeed, size, currentUser.require().id(), clock.instant());
        audit.record(Operation.COLLECT, "crime_audit", id, AuditDetails.purpose(drawn + " incidents sampled, seed " + chosenSeed));
        return audits.byId(id).orElseThrow();
    }

    @Transactional
    @PreAuthorize("hasAuthority('crime:audit')")
    public CrimeAudit mark(UUID auditId, int item, CrimeAudit.@Nullable Verdict verdict, @Nullable String note) {
        if (verdict == null)
            throw new InvalidField("verdict", "choose whether the crime was correctly recorded, should have been, or was correctly not recorded");
        if (!audits.mark(auditId, item, verdict, note == null ? "" : note.trim(), currentUser.require().id(), clock.instant()))
            throw new NotFound("item " + item + " of audit " + auditId);
        audit.record(Operation.ALTER, "crime_audit", auditId, AuditDetails.purpose("item " + item + " marked " + verdict));
        return audits.byId(auditId).orElseThrow();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('crime:audit')")
    public CrimeAudit read(UUID auditId) {
        return audits.byId(auditId).orElseThrow(() -> new NotFound("audit " + auditId));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('crime:audit')")
    public List<CrimeAudit> all() {
        return audits.all().stream().map(id -> audits.byId(id).orElseThrow()).toList();
    }
}
