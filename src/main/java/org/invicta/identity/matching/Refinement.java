package org.invicta.identity.matching;

import java.util.function.ToLongFunction;

/**
 * A further key that splits a block grown too large to compare whole ("oliver, born 2005" in a million
 * records): only the pairs that also share it are compared. Each is a field the rule it refines does
 * not already use and that a duplicate seldom gets wrong. A record that does not know the field keeps
 * to the others that do not know it.
 */
enum Refinement {
    /** For rules that leave out the date of birth to catch a mistyped one: a slip seldom changes the decade. */
    BIRTH_DECADE(p -> p.dateOfBirth / 100_000),
    /** For rules keyed on the year of birth: a mistyped day still meets. */
    BIRTH_MONTH(p -> p.dateOfBirth / 100 % 100);

    private final ToLongFunction<PreparedPerson> key;

    Refinement(ToLongFunction<PreparedPerson> key) {
        this.key = key;
    }

    long key(PreparedPerson person) {
        return key.applyAsLong(person);
    }
}
