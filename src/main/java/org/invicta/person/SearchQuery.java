package org.invicta.person;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What an officer typed in the search box, read as a person: names in the order given (the matcher
 * copes with them swapped), and a date of birth or a year of birth if one is there.
 */
record SearchQuery(String givenNames, String surname, @Nullable LocalDate dateOfBirth, @Nullable Integer yearOfBirth) {

    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd"), DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("d.M.uuuu"), DateTimeFormatter.ofPattern("d-M-uuuu"));

    static SearchQuery parse(String text) {
        var names = new ArrayList<String>();
        LocalDate date = null;
        Integer year = null;
        for (var word : text.trim().split("[\\s,]+")) {
            if (word.isEmpty()) continue;
            var asDate = date(word);
            if (asDate != null) date = asDate;
            else if (YEAR.matcher(word).matches()) year = Integer.parseInt(word);
            else names.add(word);
        }
        if (names.isEmpty()) return new SearchQuery("", "", date, year);
        if (names.size() == 1) return new SearchQuery("", names.get(0), date, year);
        return new SearchQuery(String.join(" ", names.subList(0, names.size() - 1)), names.get(names.size() - 1), date, year);
    }

    boolean hasName() {
        return !surname.isEmpty();
    }

    /** A year typed for someone whose age was estimated may be a year out. */
    boolean bornInYear(@Nullable LocalDate born) {
        return yearOfBirth == null || born != null && Math.abs(born.getYear() - yearOfBirth) <= 1;
    }

    private static @Nullable LocalDate date(String word) {
        for (var format : DATES) {
            try {
                return LocalDate.parse(word, format.withResolverStyle(ResolverStyle.STRICT));
            } catch (DateTimeParseException e) {
                // not in this format
            }
        }
        return null;
    }
}
