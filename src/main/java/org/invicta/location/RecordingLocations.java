package org.invicta.location;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.invicta.audit.AuditDetails;
import org.invicta.audit.AuditTrail;
import org.invicta.audit.Operation;
import org.invicta.location.persistence.Locations;
import org.invicta.platform.access.ProtectedRecord;
import org.invicta.platform.access.RecordAccess;
import org.invicta.platform.security.CurrentUser;
import org.invicta.platform.tenancy.ForceContext;
import org.invicta.shared.ConcurrentChange;
import org.invicta.shared.NotFound;
import org.invicta.shared.Sensitivity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records, corrects, reads and finds places; every act is audited, since a place often leads to a person. */
@Service
public class RecordingLocations {

    static final String RECORD = "location";

    private final Locations locations;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    RecordingLocations(Locations locations, RecordAccess access, AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.locations = locations;
        this.access = access;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAuthority('pole:record')")
    public Location record(LocationDetails details) {
        var id = new LocationId(UUID.randomUUID());
        locations.add(ForceContext.require(), id, details, currentUser.require().id(), clock.instant());
        audit.record(Operation.COLLECT, RECORD, id);
        return locations.byId(id).orElseThrow();
    }

    @Transactional
    @PreAuthorize("hasAuthority('pole:record')")
    public Location correct(LocationId id, int expectedVersion, LocationDetails details) {
        var current = readable(id, "pole:record");
        if (!locations.correct(ForceContext.require(), id, expectedVersion, details, currentUser.require().id(), clock.instant()))
            throw new ConcurrentChange("location " + id, expectedVersion, current.version(), java.util.Map.of());
        audit.record(Operation.ALTER, RECORD, id, AuditDetails.fieldsChanged(new ArrayList<>(current.details().changesTo(details).keySet())));
        return locations.byId(id).orElseThrow();
    }

    @Transactional
    @PreAuthorize("hasAuthority('pole:read')")
    public Location read(LocationId id) {
        var location = readable(id, "pole:read");
        audit.record(Operation.CONSULT, RECORD, id);
        return location;
    }

    @Transactional
    @PreAuthorize("hasAuthority('pole:read')")
    public List<Location> history(LocationId id) {
        readable(id, "pole:read");
        audit.record(Operation.CONSULT, RECORD, id, AuditDetails.purpose("history"));
        return locations.history(id);
    }

    /** Places at a postcode or UPRN, or whose address or description is like the words given. */
    @Transactional
    @PreAuthorize("hasAuthority('pole:read')")
    public List<Location> find(String text) {
        var postcode = LocationDetails.postcode(text);
        var byKey = locations.withKey(postcode, text.trim());
        var found = (byKey.isEmpty() ? locations.like(text.trim()) : byKey).stream()
                .filter(location -> access.allows("pole:read", ProtectedRecord.of(RECORD, location.id(), location.force(), Sensitivity.OFFICIAL)))
                .toList();
        found.forEach(location -> audit.record(Operation.CONSULT, RECORD, location.id(), AuditDetails.purpose("shown in search results")));
        return found;
    }

    private Location readable(LocationId id, String privilege) {
        var location = locations.byId(id).orElseThrow(() -> new NotFound("location " + id));
        access.require(privilege, ProtectedRecord.of(RECORD, id, location.force(), Sensitivity.OFFICIAL));
        return location;
    }
}
