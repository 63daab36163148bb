package org.invicta.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.invicta.platform.access.ProtectedRecord;
import org.invicta.platform.access.RecordAccess;
import org.invicta.platform.security.CurrentUser;
import org.invicta.platform.tenancy.ForceContext;
import org.invicta.shared.ConcurrentChange;
import org.invicta.shared.NotFound;
import org.invicta.shared.Sensitivity;

/**
 * The acts on a kind of record that holds or leads to personal data (an object, a place), done the one
 * way: the access policy decides, the act is audited in its transaction, a correction of a version that
 * has moved on is refused. A capability's service declares privileges and transactions and delegates here.
 */
public final class AuditedRecords<I, D extends AuditedRecord.Details<D>, R extends AuditedRecord<D>> {

    private final String recordType;
    private final String readPrivilege;
    private final String recordPrivilege;
    private final VersionedStore<I, D, R> store;
    private final Function<UUID, I> newId;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    public AuditedRecords(String recordType, String readPrivilege, String recordPrivilege, VersionedStore<I, D, R> store,
                          Function<UUID, I> newId, RecordAccess access, AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.recordType = recordType;
        this.readPrivilege = readPrivilege;
        this.recordPrivilege = recordPrivilege;
        this.store = store;
        this.newId = newId;
        this.access = access;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public R record(D details) {
        var id = newId.apply(UUID.randomUUID());
        store.add(ForceContext.require(), id, details, currentUser.require().id(), clock.instant());
        audit.record(Operation.COLLECT, recordType, id);
        return store.byId(id).orElseThrow();
    }

    public R correct(I id, int expectedVersion, D details) {
        var current = permitted(id, recordPrivilege);
        if (!store.correct(ForceContext.require(), id, expectedVersion, details, currentUser.require().id(), clock.instant()))
            throw new ConcurrentChange(recordType + " " + id, expectedVersion, current.version(), Map.of());
        audit.record(Operation.ALTER, recordType, id,
                AuditDetails.fieldsChanged(new ArrayList<>(current.details().changesTo(details).keySet())));
        return store.byId(id).orElseThrow();
    }

    public R read(I id) {
        var record = permitted(id, readPrivilege);
        audit.record(Operation.CONSULT, recordType, id);
        return record;
    }

    public List<R> history(I id) {
        permitted(id, readPrivilege);
        audit.record(Operation.CONSULT, recordType, id, AuditDetails.purpose("history"));
        return store.history(id);
    }

    /** Of the records a search found, those the user may see, each audited as shown. */
    public List<R> shown(List<R> found, Function<R, I> idOf) {
        var visible = found.stream()
                .filter(r -> access.allows(readPrivilege, ProtectedRecord.of(recordType, idOf.apply(r), r.force(), Sensitivity.OFFICIAL)))
                .toList();
        visible.forEach(r -> audit.record(Operation.CONSULT, recordType, idOf.apply(r), AuditDetails.purpose("shown in search results")));
        return visible;
    }

    private R permitted(I id, String privilege) {
        var record = store.byId(id).orElseThrow(() -> new NotFound(recordType + " " + id));
        access.require(privilege, ProtectedRecord.of(recordType, id, record.force(), Sensitivity.OFFICIAL));
        return record;
    }
}
