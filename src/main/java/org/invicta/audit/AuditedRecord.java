package org.invicta.audit;

import java.util.Map;
import org.invicta.shared.ForceId;

/** A force-owned, versioned record whose every act {@link AuditedRecords} checks and audits. */
public interface AuditedRecord<D extends AuditedRecord.Details<D>> {

    ForceId force();

    int version();

    D details();

    /** What is recorded, able to say field by field what changes to another version: {before, after}. */
    interface Details<D> {
        Map<String, String[]> changesTo(D other);
    }
}
