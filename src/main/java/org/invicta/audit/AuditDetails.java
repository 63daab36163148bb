package org.invicta.audit;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What s.62 asks for beyond who, when and what: the purpose (justification) where the force's policy
 * wants one, the recipient of a disclosure, and the names (never the values) of the fields altered.
 */
public record AuditDetails(@Nullable String purpose, @Nullable String recipient, List<String> fieldsChanged) {

    public AuditDetails {
        fieldsChanged = List.copyOf(fieldsChanged);
    }

    public static AuditDetails none() {
        return new AuditDetails(null, null, List.of());
    }

    public static AuditDetails fieldsChanged(List<String> fields) {
        return new AuditDetails(null, null, fields);
    }

    public static AuditDetails purpose(String purpose) {
        return new AuditDetails(purpose, null, List.of());
    }

    public static AuditDetails disclosedTo(String recipient, String purpose) {
        return new AuditDetails(purpose, recipient, List.of());
    }
}
