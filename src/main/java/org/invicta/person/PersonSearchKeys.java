package org.invicta.person;

import java.util.ArrayList;
import java.util.List;
import org.invicta.identity.PersonMatching;
import org.invicta.person.persistence.People;
import org.invicta.shared.ForceId;
import org.springframework.stereotype.Component;

/** Writes what a person is found by: their name and every alias under the matcher's keys, and their exact keys. */
@Component
class PersonSearchKeys {

    private final People people;
    private final PersonMatching matching;

    PersonSearchKeys(People people, PersonMatching matching) {
        this.people = people;
        this.matching = matching;
    }

    void keep(ForceId force, PersonId id, PersonDetails details) {
        var names = new ArrayList<People.StoredName>();
        names.add(new People.StoredName(matching.keys(details.givenNames(), details.surname()), details.exactDateOfBirth()));
        for (var alias : details.aliases())
            names.add(new People.StoredName(matching.keys(alias.givenNames(), alias.surname()),
                    alias.dateOfBirth() == null ? details.exactDateOfBirth() : alias.dateOfBirth()));
        people.keepSearchKeys(force, id, names, exactKeys(details));
    }

    static List<People.StoredKey> exactKeys(PersonDetails details) {
        var keys = new ArrayList<People.StoredKey>();
        details.identifiers().forEach(i -> keys.add(new People.StoredKey(i.type(), i.value())));
        details.phones().forEach(p -> keys.add(new People.StoredKey("PHONE", phoneKey(p))));
        details.emails().forEach(e -> keys.add(new People.StoredKey("EMAIL", e)));
        details.addresses().stream().filter(a -> !a.postcode().isEmpty())
                .forEach(a -> keys.add(new People.StoredKey("POSTCODE", a.postcode().replace(" ", ""))));
        return keys;
    }

    /** +44 7700 900123 and 07700 900123 are one number. */
    static String phoneKey(String phone) {
        return phone.startsWith("+44") ? "0" + phone.substring(3) : phone;
    }
}
