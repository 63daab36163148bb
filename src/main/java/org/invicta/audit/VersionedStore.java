package org.invicta.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.invicta.shared.ForceId;
import org.invicta.shared.UserId;
import org.jspecify.annotations.Nullable;

/** Where one kind of versioned record is kept: every version stays, and a correction names the version it corrects. */
public interface VersionedStore<I, D, R> {

    Optional<R> byId(I id);

    void add(ForceId force, I id, D details, @Nullable UserId by, Instant now);

    /** False when the record is no longer at the expected version: someone else changed it first. */
    boolean correct(ForceId force, I id, int expectedVersion, D details, @Nullable UserId by, Instant now);

    List<R> history(I id);
}
