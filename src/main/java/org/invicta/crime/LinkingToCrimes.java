package org.invicta.crime;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.invicta.audit.AuditDetails;
import org.invicta.audit.AuditTrail;
import org.invicta.audit.Operation;
import org.invicta.crime.persistence.Crimes;
import org.invicta.item.ItemId;
import org.invicta.item.RecordingItems;
import org.invicta.location.LocationId;
import org.invicta.location.RecordingLocations;
import org.invicta.platform.security.CurrentUser;
import org.invicta.platform.tenancy.ForceContext;
import org.invicta.shared.InvalidField;
import org.invicta.shared.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The objects and places of a crime (stolen property, a vehicle used, the scene) as links to the POLE
 * records, each read through its own module so the read is checked and audited; and how it was done.
 */
@Service
public class LinkingToCrimes {

    public static final Set<String> ROLES = Set.of("STOLEN", "DAMAGED", "USED", "RECOVERED", "SCENE", "OTHER");

    private final Crimes store;
    private final CrimeQueries crimes;
    private final RecordingItems items;
    private final RecordingLocations locations;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    LinkingToCrimes(Crimes store, CrimeQueries crimes, RecordingItems items, RecordingLocations locations, AuditTrail audit,
                    CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.crimes = crimes;
        this.items = items;
        this.locations = locations;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAuthority('crime:record')")
    public List<CrimeLink> link(CrimeId id, @Nullable String kind, @Nullable UUID linkedId, @Nullable String role) {
        crimes.read(id);
        if (linkedId == null) throw new InvalidField("id", "name the object or place to link");
        var what = role == null ? "" : role.trim().toUpperCase(java.util.Locale.ROOT);
        if (!ROLES.contains(what)) throw new InvalidField("role", "say what it was to the crime: one of " + String.join(", ", new java.util.TreeSet<>(ROLES)));
        String summary;
        try {
            summary = switch (kind == null ? "" : kind.trim().toUpperCase(java.util.Locale.ROOT)) {
                case "ITEM" -> items.read(new ItemId(linkedId)).details().summary();
                case "LOCATION" -> locations.read(new LocationId(linkedId)).details().summary();
                default -> throw new InvalidField("kind", "link an ITEM (vehicle, phone, property) or a LOCATION");
            };
        } catch (NotFound missing) {
            throw new InvalidField("id", "there is no such " + kind.toLowerCase(java.util.Locale.ROOT) + " in your force's records");
        }
        store.link(ForceContext.require(), id, kind.trim().toUpperCase(java.util.Locale.ROOT), linkedId, what, summary,
                currentUser.require().id(), clock.instant());
        audit.record(Operation.ALTER, ReportingIncidents.CRIME, id, AuditDetails.fieldsChanged(List.of("links")));
        return linksOf(id);
    }

    @Transactional
    @PreAuthorize("hasAuthority('crime:record')")
    public int describeMethod(CrimeId id, int expectedVersion, @Nullable String modusOperandi) {
        var crime = crimes.read(id);
        if (modusOperandi == null || modusOperandi.isBlank()) throw new InvalidField("modusOperandi", "describe how the crime was done");
        if (!store.describeMethod(id, expectedVersion, modusOperandi.trim(), currentUser.require().id(), clock.instant()))
            throw new org.invicta.shared.ConcurrentChange("crime " + crime.number(), expectedVersion, crime.version(), java.util.Map.of());
        audit.record(Operation.ALTER, ReportingIncidents.CRIME, id, AuditDetails.fieldsChanged(List.of("modusOperandi")));
        return expectedVersion + 1;
    }

    private List<CrimeLink> linksOf(CrimeId id) {
        return store.links(id);
    }
}
