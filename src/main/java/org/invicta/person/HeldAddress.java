package org.invicta.person;

import java.time.LocalDate;
import org.invicta.shared.InvalidField;
import org.invicta.shared.Postcodes;
import org.jspecify.annotations.Nullable;

/** An address a person lived or worked at, over a period (use from the address-use code list). */
public record HeldAddress(String line, String postcode, String use, @Nullable LocalDate from, @Nullable LocalDate to) {

    public HeldAddress {
        line = line == null ? "" : line.trim();
        postcode = Postcodes.normalise(postcode);
        use = use == null || use.isBlank() ? "HOME" : use.trim();
    }

    void check(String field) {
        if (line.isEmpty() && postcode.isEmpty() && !use.equals("NO_FIXED_ABODE"))
            throw new InvalidField(field + ".line", "Enter the address or its postcode");
        if (!postcode.isEmpty() && !Postcodes.valid(postcode))
            throw new InvalidField(field + ".postcode", "Enter a real postcode, like ME14 1XX");
        if (from != null && to != null && to.isBefore(from))
            throw new InvalidField(field + ".to", "The date they left must be on or after the date they moved in");
    }

    public boolean current() {
        return to == null;
    }
}
