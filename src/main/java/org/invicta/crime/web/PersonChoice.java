package org.invicta.crime.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.invicta.person.FindingPeople;
import org.invicta.person.PersonDetails;
import org.invicta.shared.InvalidField;
import org.invicta.shared.Sensitivity;
import org.jspecify.annotations.Nullable;

/**
 * Who a victim or suspect of the report form is: typed as an officer would search ("john smith 7/3/1985"),
 * then chosen from the people found, recorded there and then, or, for a victim, named as a business.
 * The form's fields for a role are {@code victim}, {@code victimId}, {@code newVictimGivenNames} and so on.
 *
 * @param chosen a person's id, {@link #NEW}, {@link #NONE} (no named suspect) or {@link #NOT_A_PERSON}
 */
record PersonChoice(String role, String typed, String chosen, String givenNames, String surname, String dateOfBirth) {

    static final String NEW = "new";
    static final String NONE = "none";
    static final String NOT_A_PERSON = "organisation";

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    static PersonChoice of(String role, @Nullable String typed, @Nullable String chosen, @Nullable String givenNames,
                           @Nullable String surname, @Nullable String dateOfBirth) {
        return new PersonChoice(role, text(typed), text(chosen), text(givenNames), text(surname), text(dateOfBirth));
    }

    /** Something was typed but nobody chosen yet: the form comes back with who it may be. */
    boolean toChoose() {
        return !typed.isEmpty() && chosen.isEmpty();
    }

    /** Asked on this form: the choices are shown, and the typed text is carried in a hidden field. */
    public boolean asked() {
        return !typed.isEmpty();
    }

    public boolean isNew() {
        return NEW.equals(chosen);
    }

    public boolean notAPerson() {
        return NOT_A_PERSON.equals(chosen);
    }

    /** The form field of this role's choice, and of each detail of a new person: "victimId", "newVictimSurname". */
    public String field(String detail) {
        var capitalised = role.substring(0, 1).toUpperCase(Locale.ROOT) + role.substring(1);
        return detail.equals("Id") ? role + "Id" : "new" + capitalised + detail;
    }

    /** The person on record chosen, if one was. */
    Optional<UUID> personId() {
        if (chosen.isEmpty() || isNew() || notAPerson() || NONE.equals(chosen)) return Optional.empty();
        try {
            return Optional.of(UUID.fromString(chosen));
        } catch (IllegalArgumentException e) {
            throw new InvalidField(field("Id"), "choose from the list");
        }
    }

    /** The new person's details as entered, checked by the person module's rules and named after this form's fields. */
    @Nullable PersonDetails newPerson() {
        if (!isNew()) return null;
        LocalDate born = null;
        if (!dateOfBirth.isEmpty()) {
            try {
                born = LocalDate.parse(dateOfBirth, DAY_MONTH_YEAR);
            } catch (DateTimeParseException e) {
                throw new InvalidField(field("DateOfBirth"), "give the date of birth as day/month/year, for example 7/3/1985");
            }
        }
        try {
            return new PersonDetails(givenNames, surname, born, Sensitivity.OFFICIAL);
        } catch (InvalidField problem) {
            throw new InvalidField(field(problem.field().equals("surname") ? "Surname" : "GivenNames"), problem.rule());
        }
    }

    /** The new person's fields as shown: what the officer entered, or else what they typed to search with. */
    public String shownGivenNames() {
        return !givenNames.isEmpty() || chosen.equals(NEW) ? givenNames : FindingPeople.typed(typed).givenNames();
    }

    public String shownSurname() {
        return !surname.isEmpty() || chosen.equals(NEW) ? surname : FindingPeople.typed(typed).surname();
    }

    public String shownDateOfBirth() {
        if (!dateOfBirth.isEmpty() || chosen.equals(NEW)) return dateOfBirth;
        var born = FindingPeople.typed(typed).dateOfBirth();
        return born == null ? "" : born.format(DAY_MONTH_YEAR);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.trim();
    }
}
