package org.invicta.item;

import java.time.Instant;
import org.invicta.audit.AuditedRecord;
import org.invicta.shared.ForceId;

/** An object as read, with the version an edit must name. */
public record Item(ItemId id, ForceId force, ItemDetails details, int version, Instant updatedAt) implements AuditedRecord<ItemDetails> {
}
