package org.invicta.person.domain;

import java.time.Clock;
import java.time.Year;
import java.util.Locale;
import java.util.regex.Pattern;
import org.invicta.shared.InvalidField;
import org.jspecify.annotations.Nullable;

/**
 * Person identifiers as typed and as stored. {@link #canonical} accepts the usual ways people write an
 * identifier (any case, spaces, and the variants each type allows) and returns the one form Invicta
 * stores, so the same identifier always compares equal; anything malformed is refused with an
 * {@link InvalidField} naming the field and the rule, never kept or blanked. {@link #display} turns a
 * stored value back into the grouping people read.
 */
public final class IdentifierFormats {

    // \h as well as \s: numbers pasted from documents often carry non-breaking spaces.
    private static final Pattern SPACES = Pattern.compile("[\\s\\h]+");
    private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{5,20}");
    // DVLA: surname (letters, padded at the end with 9), 6 digits from the date of birth, two initials
    // (9 for a missing one), a digit and two check letters. Shape only: the DVLA does not publish the check.
    private static final Pattern DRIVING_LICENCE = Pattern.compile(
            "[A-Z](?:[A-Z]{4}|[A-Z]{3}9|[A-Z]{2}99|[A-Z]999|9999)[0-9]{6}[A-Z9]{2}[0-9][A-Z]{2}");

    private IdentifierFormats() {
    }

    /**
     * The canonical stored form of an identifier as entered.
     *
     * @param clock decides the century of a two-digit PNC year and refuses a PNC year in the future
     * @throws InvalidField naming {@code field} when the identifier is blank, malformed or fails its check
     */
    public static String canonical(IdentifierType type, @Nullable String entered, String field, Clock clock) {
        // Locale.ROOT: in a Turkish locale "i" would upper-case to a dotted capital and never match.
        String compact = entered == null ? "" : SPACES.matcher(entered).replaceAll("").toUpperCase(Locale.ROOT);
        if (compact.isEmpty()) throw new InvalidField(field, "Enter the " + type.inSentence());
        return switch (type) {
            case PNC_ID -> PncIds.canonical(compact, field, Year.now(clock).getValue());
            case CRO_NUMBER -> CroNumbers.canonical(compact, field);
            case NHS_NUMBER -> NhsNumbers.canonical(compact, field);
            case NATIONAL_INSURANCE_NUMBER -> NationalInsuranceNumbers.canonical(compact, field);
            case PASSPORT -> shaped(compact, PASSPORT, field, "Enter the passport number as 5 to 20 letters and digits");
            case DRIVING_LICENCE -> shaped(compact, DRIVING_LICENCE, field,
                    "Enter the driving licence number as the 16 letters and digits on the licence, like MORGA753116SM9IJ");
        };
    }

    /** A stored identifier as people read it: NHS {@code 943 476 5919}, NINO {@code QQ 12 34 56 C}, others as stored. */
    public static String display(IdentifierType type, String canonical) {
        return switch (type) {
            case NHS_NUMBER -> NhsNumbers.display(canonical);
            case NATIONAL_INSURANCE_NUMBER -> NationalInsuranceNumbers.display(canonical);
            default -> canonical;
        };
    }

    private static String shaped(String compact, Pattern shape, String field, String rule) {
        if (!shape.matcher(compact).matches()) throw new InvalidField(field, rule);
        return compact;
    }
}
