package org.invicta.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.invicta.shared.InvalidField;
import org.invicta.shared.Sensitivity;
import org.jspecify.annotations.Nullable;

/**
 * What is recorded about a person: names and aliases, date of birth and how precisely it is known,
 * gender and ethnicity, descriptions, addresses over time, phones, e-mail addresses, identifiers and
 * warning markers. Codes (gender, ethnicity, alias type, address use, warning) come from code lists.
 */
public record PersonDetails(String givenNames, String surname, @Nullable LocalDate dateOfBirth,
                            BirthPrecision birthPrecision, @Nullable Sensitivity sensitivity, String gender,
                            String selfDefinedEthnicity, String officerDefinedEthnicity, String placeOfBirth,
                            List<Alias> aliases, List<Description> descriptions, List<HeldAddress> addresses,
                            List<String> phones, List<String> emails, List<Identifier> identifiers,
                            List<WarningMarker> markers) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public PersonDetails {
        givenNames = givenNames == null ? "" : givenNames.trim();
        surname = surname == null ? "" : surname.trim();
        birthPrecision = birthPrecision == null ? BirthPrecision.DAY : birthPrecision;
        gender = text(gender);
        selfDefinedEthnicity = text(selfDefinedEthnicity);
        officerDefinedEthnicity = text(officerDefinedEthnicity);
        placeOfBirth = text(placeOfBirth);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        descriptions = descriptions == null ? List.of() : List.copyOf(descriptions);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        phones = phones == null ? List.of() : phones.stream().map(PersonDetails::phone).filter(p -> !p.isEmpty()).toList();
        emails = emails == null ? List.of() : emails.stream().map(e -> e == null ? "" : e.trim().toLowerCase()).filter(e -> !e.isEmpty()).toList();
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        markers = markers == null ? List.of() : List.copyOf(markers);
        if (givenNames.isEmpty()) throw new InvalidField("givenNames", "Enter the person's given names");
        if (surname.isEmpty()) throw new InvalidField("surname", "Enter the person's surname");
        if (givenNames.length() > 200) throw new InvalidField("givenNames", "Given names must be 200 characters or fewer");
        if (surname.length() > 200) throw new InvalidField("surname", "Surname must be 200 characters or fewer");
        if (dateOfBirth == null && birthPrecision != BirthPrecision.DAY)
            throw new InvalidField("dateOfBirth", "Give the date of birth, or the part of it that is known");
        for (int i = 0; i < aliases.size(); i++) aliases.get(i).check("aliases[" + i + "]");
        for (int i = 0; i < descriptions.size(); i++) descriptions.get(i).check("descriptions[" + i + "]");
        for (int i = 0; i < addresses.size(); i++) addresses.get(i).check("addresses[" + i + "]");
        for (int i = 0; i < phones.size(); i++)
            if (phones.get(i).replace("+", "").length() < 7 || phones.get(i).length() > 16)
                throw new InvalidField("phones[" + i + "]", "Enter a phone number of 7 to 15 digits, like 01622 123456 or +44 7700 900123");
        for (int i = 0; i < emails.size(); i++)
            if (!EMAIL.matcher(emails.get(i)).matches())
                throw new InvalidField("emails[" + i + "]", "Enter an e-mail address like name@example.com");
    }

    /** Just the names, date of birth and sensitivity: what most tests and quick entries give. */
    public PersonDetails(String givenNames, String surname, @Nullable LocalDate dateOfBirth, @Nullable Sensitivity sensitivity) {
        this(givenNames, surname, dateOfBirth, BirthPrecision.DAY, sensitivity, "", "", "", "", List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** The sensitivity to record: the one given, else OFFICIAL for a new person (see {@link #keepingSensitivityOf}). */
    public Sensitivity sensitivityOrOfficial() {
        return sensitivity == null ? Sensitivity.OFFICIAL : sensitivity;
    }

    /** A correction that does not mention sensitivity never lowers it: it keeps the record's current one. */
    public PersonDetails keepingSensitivityOf(PersonDetails current) {
        return sensitivity != null ? this : withSensitivity(current.sensitivityOrOfficial());
    }

    /** The date of birth if it is known to the day: what matching compares. */
    public @Nullable LocalDate exactDateOfBirth() {
        return birthPrecision.exact() ? dateOfBirth : null;
    }

    /** Checks what needs today's date or the code lists, and answers the details with identifiers in canonical form. */
    PersonDetails checked(Clock clock, PersonCodes codes) {
        var today = LocalDate.now(clock);
        if (dateOfBirth != null && dateOfBirth.isAfter(today))
            throw new InvalidField("dateOfBirth", "Date of birth must be today or in the past");
        if (dateOfBirth != null && dateOfBirth.isBefore(today.minusYears(130)))
            throw new InvalidField("dateOfBirth", "Date of birth must be within the last 130 years");
        codes.require("gender", gender, "gender", "Select the person's gender");
        codes.require("self-defined-ethnicity", selfDefinedEthnicity, "selfDefinedEthnicity", "Select the ethnicity the person gave");
        codes.require("officer-defined-ethnicity", officerDefinedEthnicity, "officerDefinedEthnicity", "Select the ethnicity you observed");
        for (int i = 0; i < aliases.size(); i++) codes.require("alias-type", aliases.get(i).type(), "aliases[" + i + "].type", "Select the kind of alias");
        for (int i = 0; i < addresses.size(); i++) codes.require("address-use", addresses.get(i).use(), "addresses[" + i + "].use", "Select how the address is used");
        for (int i = 0; i < markers.size(); i++) {
            markers.get(i).check("markers[" + i + "]", today);
            codes.require("warning-marker", markers.get(i).code(), "markers[" + i + "].code", "Select the kind of warning");
        }
        var canonical = new ArrayList<Identifier>();
        for (int i = 0; i < identifiers.size(); i++) canonical.add(identifiers.get(i).canonical("identifiers[" + i + "]", clock));
        return new PersonDetails(givenNames, surname, dateOfBirth, birthPrecision, sensitivity, gender, selfDefinedEthnicity,
                officerDefinedEthnicity, placeOfBirth, aliases, descriptions, addresses, phones, emails, canonical, markers);
    }

    PersonDetails withMarkers(List<WarningMarker> newMarkers) {
        return new PersonDetails(givenNames, surname, dateOfBirth, birthPrecision, sensitivity, gender, selfDefinedEthnicity,
                officerDefinedEthnicity, placeOfBirth, aliases, descriptions, addresses, phones, emails, identifiers, newMarkers);
    }

    PersonDetails withAliases(List<Alias> newAliases) {
        return new PersonDetails(givenNames, surname, dateOfBirth, birthPrecision, sensitivity, gender, selfDefinedEthnicity,
                officerDefinedEthnicity, placeOfBirth, newAliases, descriptions, addresses, phones, emails, identifiers, markers);
    }

    private PersonDetails withSensitivity(Sensitivity level) {
        return new PersonDetails(givenNames, surname, dateOfBirth, birthPrecision, level, gender, selfDefinedEthnicity,
                officerDefinedEthnicity, placeOfBirth, aliases, descriptions, addresses, phones, emails, identifiers, markers);
    }

    /** Field by field, what changes from this version to another: {this value, the other's value}. */
    public Map<String, String[]> changesTo(PersonDetails other) {
        var differences = new LinkedHashMap<String, String[]>();
        compare(differences, "givenNames", givenNames, other.givenNames);
        compare(differences, "surname", surname, other.surname);
        compare(differences, "dateOfBirth", dateOfBirth, other.dateOfBirth);
        compare(differences, "birthPrecision", birthPrecision, other.birthPrecision);
        compare(differences, "sensitivity", sensitivityOrOfficial(), other.sensitivityOrOfficial());
        compare(differences, "gender", gender, other.gender);
        compare(differences, "selfDefinedEthnicity", selfDefinedEthnicity, other.selfDefinedEthnicity);
        compare(differences, "officerDefinedEthnicity", officerDefinedEthnicity, other.officerDefinedEthnicity);
        compare(differences, "placeOfBirth", placeOfBirth, other.placeOfBirth);
        compareLists(differences, "aliases", aliases, other.aliases,
                a -> a.type() + " " + a.givenNames() + " " + a.surname() + (a.dateOfBirth() == null ? "" : " " + a.dateOfBirth()));
        compareLists(differences, "descriptions", descriptions, other.descriptions,
                d -> (d.heightCm() == null ? "" : d.heightCm() + " cm ") + d.build() + " " + d.marks());
        compareLists(differences, "addresses", addresses, other.addresses,
                a -> a.line() + " " + a.postcode() + " (" + a.use() + (a.from() == null ? "" : " from " + a.from())
                        + (a.to() == null ? "" : " to " + a.to()) + ")");
        compareLists(differences, "phones", phones, other.phones, Function.identity());
        compareLists(differences, "emails", emails, other.emails, Function.identity());
        compareLists(differences, "identifiers", identifiers, other.identifiers, i -> i.type() + " " + i.value());
        compareLists(differences, "markers", markers, other.markers,
                m -> m.code() + (m.note().isEmpty() ? "" : ": " + m.note()) + (m.expires() == null ? "" : " until " + m.expires()));
        return differences;
    }

    private static <T> void compareLists(Map<String, String[]> differences, String field, List<T> before, List<T> after,
                                         Function<T, String> text) {
        var was = String.join("; ", before.stream().map(text).map(String::trim).toList());
        var is = String.join("; ", after.stream().map(text).map(String::trim).toList());
        if (!was.equals(is)) differences.put(field, new String[] {was, is});
    }

    private static void compare(Map<String, String[]> differences, String field, @Nullable Object before,
                                @Nullable Object after) {
        if (!Objects.equals(before, after))
            differences.put(field, new String[] {String.valueOf(before), String.valueOf(after)});
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.trim();
    }

    /** Digits only, with a leading + kept: "01622 123 456" and "01622-123456" are one number. */
    private static String phone(@Nullable String entered) {
        if (entered == null) return "";
        var digits = new StringBuilder();
        for (int i = 0; i < entered.length(); i++) {
            var c = entered.charAt(i);
            if (Character.isDigit(c) || (c == '+' && digits.isEmpty())) digits.append(c);
        }
        return digits.toString();
    }
}
