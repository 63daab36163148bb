package org.invicta.item;

import java.time.Clock;
import java.util.List;
import org.invicta.audit.AuditTrail;
import org.invicta.audit.AuditedRecords;
import org.invicta.item.persistence.Items;
import org.invicta.platform.access.RecordAccess;
import org.invicta.platform.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records, corrects, reads and finds objects; every act is audited, since an object often leads to a person. */
@Service
public class RecordingItems {

    private final Items items;
    private final AuditedRecords<ItemId, ItemDetails, Item> records;

    RecordingItems(Items items, RecordAccess access, AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.items = items;
        this.records = new AuditedRecords<>("item", "pole:read", "pole:record", items, ItemId::new, access, audit, currentUser, clock);
    }

    @Transactional
    @PreAuthorize("hasAuthority('pole:record')")
    public Item record(ItemDetails details) {
        return records.record(details);
    }

    @Transactional
    @PreAuthorize("hasAuthority('pole:record')")
    public Item correct(ItemId id, int expectedVersion, ItemDetails details) {
        return records.correct(id, expectedVersion, details);
    }

    @Transactional
    @PreAuthorize("hasAuthority('pole:read')")
    public Item read(ItemId id) {
        return records.read(id);
    }

    @Transactional
    @PreAuthorize("hasAuthority('pole:read')")
    public List<Item> history(ItemId id) {
        return records.history(id);
    }

    /** Objects with this registration mark, IMEI, VIN, phone or serial number, however it was spaced. */
    @Transactional
    @PreAuthorize("hasAuthority('pole:read')")
    public List<Item> find(String key) {
        return records.shown(items.withKey(ItemDetails.compact(key)), Item::id);
    }
}
