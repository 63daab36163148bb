package org.invicta.person;

import java.time.Instant;
import java.time.LocalDate;
import org.invicta.shared.InvalidField;
import org.jspecify.annotations.Nullable;

/**
 * A warning an officer must see before dealing with the person (code from the warning-marker list),
 * with who set it and when, and when it lapses. Who and when are set by Invicta, never by the caller.
 */
public record WarningMarker(String code, String note, @Nullable LocalDate expires, @Nullable String setBy,
                            @Nullable Instant setAt) {

    public WarningMarker {
        code = code == null ? "" : code.trim();
        note = note == null ? "" : note.trim();
    }

    void check(String field, LocalDate today) {
        if (code.isEmpty()) throw new InvalidField(field + ".code", "Select the kind of warning");
        if (note.length() > 1000) throw new InvalidField(field + ".note", "A warning note must be 1000 characters or fewer");
        if (expires != null && expires.isBefore(today) && setAt == null)
            throw new InvalidField(field + ".expires", "A new warning cannot expire in the past");
    }

    public boolean inForceOn(LocalDate day) {
        return expires == null || !expires.isBefore(day);
    }

    WarningMarker setBy(String who, Instant when) {
        return new WarningMarker(code, note, expires, who, when);
    }
}
