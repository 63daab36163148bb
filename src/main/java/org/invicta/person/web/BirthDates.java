package org.invicta.person.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.invicta.person.BirthPrecision;
import org.invicta.shared.InvalidField;
import org.jspecify.annotations.Nullable;

/** A date of birth as entered: a whole date, a month and year, a year, or an estimated age. */
record BirthDates(@Nullable LocalDate date, BirthPrecision precision) {

    static BirthDates parse(@Nullable String dateOfBirth, @Nullable Integer estimatedAge, Clock clock) {
        var text = dateOfBirth == null ? "" : dateOfBirth.trim();
        if (!text.isEmpty() && estimatedAge != null)
            throw new InvalidField("estimatedAge", "Give the date of birth or an estimated age, not both");
        if (estimatedAge != null) {
            if (estimatedAge < 0 || estimatedAge > 120) throw new InvalidField("estimatedAge", "Estimated age must be between 0 and 120");
            return new BirthDates(LocalDate.of(LocalDate.now(clock).getYear() - estimatedAge, 1, 1), BirthPrecision.ESTIMATED_YEAR);
        }
        if (text.isEmpty()) return new BirthDates(null, BirthPrecision.DAY);
        try {
            if (text.matches("\\d{4}")) return new BirthDates(LocalDate.of(Integer.parseInt(text), 1, 1), BirthPrecision.YEAR);
            if (text.matches("\\d{4}-\\d{2}")) return new BirthDates(YearMonth.parse(text).atDay(1), BirthPrecision.MONTH);
            return new BirthDates(LocalDate.parse(text), BirthPrecision.DAY);
        } catch (DateTimeParseException e) {
            throw new InvalidField("dateOfBirth", "Date of birth must be a real date written YYYY-MM-DD, like 1985-04-23, "
                    + "or YYYY-MM or YYYY when only part of it is known");
        }
    }
}
