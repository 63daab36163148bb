package org.invicta.crime.recording;

import org.jspecify.annotations.Nullable;

/**
 * One offence the report discloses, against one victim: a person on record, a named victim such as a
 * shop, or none for an offence against society (drugs, weapons, public order).
 */
public record AllegedOffence(Classification classification, @Nullable Victim victim) {

    /** Who the offence was against: a person's id, or a name when the victim is not a person on record. */
    public record Victim(@Nullable String personId, String name) {
        public String key() {
            return personId != null ? "person:" + personId : "named:" + name.trim().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
