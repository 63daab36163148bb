package org.invicta.person;

import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;
import org.invicta.person.domain.IdentifierFormats;
import org.invicta.person.domain.IdentifierType;
import org.invicta.shared.InvalidField;

/**
 * A search that is an exact key rather than a name: an identifier in any of its accepted forms, a
 * phone number, an e-mail address or a postcode. These are looked up directly, not ranked.
 */
record ExactKey(String kind, String value, String label) {

    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ()-]{6,18}$");
    private static final IdentifierType[] BY_LIKELIHOOD = {IdentifierType.PNC_ID, IdentifierType.CRO_NUMBER,
            IdentifierType.NATIONAL_INSURANCE_NUMBER, IdentifierType.NHS_NUMBER, IdentifierType.DRIVING_LICENCE};

    static Optional<ExactKey> in(String text, Clock clock) {
        var typed = text.trim();
        if (typed.contains("@") && !typed.contains(" ")) return Optional.of(new ExactKey("EMAIL", typed.toLowerCase(), "e-mail address"));
        var postcode = org.invicta.shared.Postcodes.normalise(typed);
        if (org.invicta.shared.Postcodes.valid(postcode)) return Optional.of(new ExactKey("POSTCODE", postcode.replace(" ", ""), "postcode"));
        for (var type : BY_LIKELIHOOD) {
            try {
                return Optional.of(new ExactKey(type.name(), IdentifierFormats.canonical(type, typed, "q", clock), type.label()));
            } catch (InvalidField notThisKind) {
                // try the next kind of identifier
            }
        }
        if (PHONE.matcher(typed).matches()) {
            var digits = typed.replaceAll("[^0-9+]", "");
            return Optional.of(new ExactKey("PHONE", PersonSearchKeys.phoneKey(digits), "phone number"));
        }
        return Optional.empty();
    }
}
