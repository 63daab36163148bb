package org.invicta.location;

import java.time.Instant;
import org.invicta.audit.AuditedRecord;
import org.invicta.shared.ForceId;

/** A place as read, with the version an edit must name. */
public record Location(LocationId id, ForceId force, LocationDetails details, int version, Instant updatedAt) implements AuditedRecord<LocationDetails> {
}
