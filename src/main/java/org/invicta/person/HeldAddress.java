package org.invicta.person;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.invicta.shared.InvalidField;
import org.jspecify.annotations.Nullable;

/** An address a person lived or worked at, over a period (use from the address-use code list). */
public record HeldAddress(String line, String postcode, String use, @Nullable LocalDate from, @Nullable LocalDate to) {

    private static final Pattern POSTCODE = Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$");

    public HeldAddress {
        line = line == null ? "" : line.trim();
        postcode = postcode == null ? "" : postcode.trim().toUpperCase().replaceAll("\\s+", " ");
        use = use == null || use.isBlank() ? "HOME" : use.trim();
        if (postcode.length() >= 5 && !postcode.contains(" "))
            postcode = postcode.substring(0, postcode.length() - 3) + " " + postcode.substring(postcode.length() - 3);
    }

    void check(String field) {
        if (line.isEmpty() && postcode.isEmpty() && !use.equals("NO_FIXED_ABODE"))
            throw new InvalidField(field + ".line", "Enter the address or its postcode");
        if (!postcode.isEmpty() && !POSTCODE.matcher(postcode).matches())
            throw new InvalidField(field + ".postcode", "Enter a real postcode, like ME14 1XX");
        if (from != null && to != null && to.isBefore(from))
            throw new InvalidField(field + ".to", "The date they left must be on or after the date they moved in");
    }

    public boolean current() {
        return to == null;
    }
}
