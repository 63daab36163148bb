package org.invicta.person;

import java.time.LocalDate;
import org.invicta.shared.InvalidField;
import org.jspecify.annotations.Nullable;

/** What the person looked like when seen: height, build, marks and scars, tattoos. Dated, because people change. */
public record Description(@Nullable LocalDate seenOn, @Nullable Integer heightCm, String build, String marks) {

    public Description {
        build = build == null ? "" : build.trim();
        marks = marks == null ? "" : marks.trim();
    }

    void check(String field) {
        if (heightCm != null && (heightCm < 40 || heightCm > 250))
            throw new InvalidField(field + ".heightCm", "Height must be in centimetres, between 40 and 250");
        if (heightCm == null && build.isEmpty() && marks.isEmpty())
            throw new InvalidField(field + ".marks", "Describe the person: height, build or marks");
    }
}
