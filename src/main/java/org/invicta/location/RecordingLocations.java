package org.invicta.location;

import java.time.Clock;
import java.util.List;
import org.invicta.audit.AuditTrail;
import org.invicta.audit.AuditedRecords;
import org.invicta.location.persistence.Locations;
import org.invicta.platform.access.RecordAccess;
import org.invicta.platform.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records, corrects, reads and finds places; every act is audited, since a place often leads to a person. */
@Service
public class RecordingLocations {

    private final Locations locations;
    private final AuditedRecords<LocationId, LocationDetails, Location> records;

    RecordingLocations(Locations locations, RecordAccess access, AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.locations = locations;
        this.records = new AuditedRecords<>("location", "pole:read", "pole:record", locations, LocationId::new, access, audit,
                currentUser, clock);
    }

    @Transactional
    @PreAuthorize("hasAuthority('pole:record')")
    public Location record(LocationDetails details) {
        return records.record(details);
    }

    @Transactional
    @PreAuthorize("hasAuthority('pole:record')")
    public Location correct(LocationId id, int expectedVersion, LocationDetails details) {
        return records.correct(id, expectedVersion, details);
    }

    @Transactional
    @PreAuthorize("hasAuthority('pole:read')")
    public Location read(LocationId id) {
        return records.read(id);
    }

    @Transactional
    @PreAuthorize("hasAuthority('pole:read')")
    public List<Location> history(LocationId id) {
        return records.history(id);
    }

    /** Places at a postcode or UPRN, or else those whose address or description is like the words given. */
    @Transactional
    @PreAuthorize("hasAuthority('pole:read')")
    public List<Location> find(String text) {
        var byKey = locations.withKey(org.invicta.shared.Postcodes.normalise(text), text.trim());
        return records.shown(byKey.isEmpty() ? locations.like(text.trim()) : byKey, Location::id);
    }
}
