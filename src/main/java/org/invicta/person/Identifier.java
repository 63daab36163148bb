package org.invicta.person;

import java.time.Clock;
import org.invicta.person.domain.IdentifierFormats;
import org.invicta.person.domain.IdentifierType;
import org.invicta.shared.InvalidField;

/** An identifier (PNC ID, CRO, NHS or National Insurance number, passport, driving licence) in its one canonical form. */
public record Identifier(String type, String value) {

    /** Checks the format and check character, and answers the identifier as stored. */
    Identifier canonical(String field, Clock clock) {
        IdentifierType kind;
        try {
            kind = IdentifierType.valueOf(type == null ? "" : type.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidField(field + ".type", "Identifier type must be one of PNC_ID, CRO_NUMBER, NHS_NUMBER, "
                    + "NATIONAL_INSURANCE_NUMBER, PASSPORT or DRIVING_LICENCE");
        }
        return new Identifier(kind.name(), IdentifierFormats.canonical(kind, value, field + ".value", clock));
    }

    public String label() {
        return IdentifierType.valueOf(type).label();
    }

    public String display() {
        return IdentifierFormats.display(IdentifierType.valueOf(type), value);
    }
}
