package org.invicta.item;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.invicta.audit.AuditDetails;
import org.invicta.audit.AuditTrail;
import org.invicta.audit.Operation;
import org.invicta.item.persistence.Items;
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

/** Records, corrects, reads and finds objects; every act is audited, since an object often leads to a person. */
@Service
public class RecordingItems {

    static final String RECORD = "item";

    private final Items items;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    RecordingItems(Items items, RecordAccess access, AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.items = items;
        this.access = access;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAuthority('pole:record')")
    public Item record(ItemDetails details) {
        var id = new ItemId(UUID.randomUUID());
        items.add(ForceContext.require(), id, details, currentUser.require().id(), clock.instant());
        audit.record(Operation.COLLECT, RECORD, id);
        return items.byId(id).orElseThrow();
    }

    @Transactional
    @PreAuthorize("hasAuthority('pole:record')")
    public Item correct(ItemId id, int expectedVersion, ItemDetails details) {
        var current = readable(id, "pole:record");
        if (!items.correct(ForceContext.require(), id, expectedVersion, details, currentUser.require().id(), clock.instant()))
            throw new ConcurrentChange("item " + id, expectedVersion, current.version(), java.util.Map.of());
        audit.record(Operation.ALTER, RECORD, id, AuditDetails.fieldsChanged(new ArrayList<>(current.details().changesTo(details).keySet())));
        return items.byId(id).orElseThrow();
    }

    @Transactional
    @PreAuthorize("hasAuthority('pole:read')")
    public Item read(ItemId id) {
        var item = readable(id, "pole:read");
        audit.record(Operation.CONSULT, RECORD, id);
        return item;
    }

    @Transactional
    @PreAuthorize("hasAuthority('pole:read')")
    public List<Item> history(ItemId id) {
        readable(id, "pole:read");
        audit.record(Operation.CONSULT, RECORD, id, AuditDetails.purpose("history"));
        return items.history(id);
    }

    /** Objects with this registration mark, IMEI, VIN, phone or serial number, however it was spaced. */
    @Transactional
    @PreAuthorize("hasAuthority('pole:read')")
    public List<Item> find(String key) {
        var found = items.withKey(ItemDetails.compact(key)).stream()
                .filter(item -> access.allows("pole:read", ProtectedRecord.of(RECORD, item.id(), item.force(), Sensitivity.OFFICIAL)))
                .toList();
        found.forEach(item -> audit.record(Operation.CONSULT, RECORD, item.id(), AuditDetails.purpose("shown in search results")));
        return found;
    }

    private Item readable(ItemId id, String privilege) {
        var item = items.byId(id).orElseThrow(() -> new NotFound("item " + id));
        access.require(privilege, ProtectedRecord.of(RECORD, id, item.force(), Sensitivity.OFFICIAL));
        return item;
    }
}
