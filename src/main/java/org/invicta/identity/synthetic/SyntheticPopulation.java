package org.invicta.identity.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;
import org.invicta.identity.PersonRecord;
import org.invicta.identity.matching.GivenNameVariants;
import org.invicta.identity.matching.NameForms;

/**
 * A synthetic British population with duplicates made the way they are made at a custody desk or a
 * front counter: typing slips, nicknames, names swapped, new addresses, mistyped or missing dates of
 * birth, married names. Households share an address (and often a surname), so relatives tempt the
 * matcher as they do in real records. Every record carries the true person it belongs to.
 */
public final class SyntheticPopulation {

    /** The records in file order and, position by position, the true person of each. */
    public record Generated(List<PersonRecord> records, List<String> truePerson) {
    }

    private enum Error {
        GIVEN_NAME_TYPO(0.15), SURNAME_TYPO(0.15), NICKNAME(0.12), NAMES_SWAPPED(0.04), MOVED(0.35),
        DAY_AND_MONTH_SWAPPED(0.04), DATE_DIGIT(0.08), BIRTH_YEAR(0.04), NO_DATE_OF_BIRTH(0.04), NO_ADDRESS(0.05),
        MIDDLE_NAME(0.08), NO_GENDER(0.04), MARRIED_NAME(0.03);

        /** How often a later record of someone carries this error, independently of the others. */
        final double chance;

        Error(double chance) {
            this.chance = chance;
        }
    }

    private final NameLists names;
    private final GivenNameVariants variants;
    private final SplittableRandom random;

    private SyntheticPopulation(NameLists names, GivenNameVariants variants, long seed) {
        this.names = names;
        this.variants = variants;
        this.random = new SplittableRandom(seed);
    }

    public static Generated generate(int records, double duplicateRate, long seed, GivenNameVariants variants) {
        if (records < 0) throw new IllegalArgumentException("the number of people cannot be negative");
        if (duplicateRate < 0 || duplicateRate >= 1) throw new IllegalArgumentException("the duplicate rate must be at least 0 and below 1");
        return new SyntheticPopulation(NameLists.load(), variants, seed).generate(records, duplicateRate);
    }

    private record Truth(String person, PersonRecord record) {
    }

    private Generated generate(int records, double duplicateRate) {
        var originals = (int) Math.round(records * (1 - duplicateRate));
        if (records > 0) originals = Math.max(originals, 1);
        var people = new ArrayList<PersonRecord>(originals);
        var all = new ArrayList<Truth>(records);
        for (int i = 0; i < originals; i++) {
            var person = i > 0 && random.nextDouble() < 0.3 ? relativeOf(people.get(random.nextInt(people.size()))) : newPerson();
            people.add(person);
            all.add(new Truth("T" + i, person));
        }
        for (int i = originals; i < records; i++) {
            var of = random.nextInt(originals);
            all.add(new Truth("T" + of, duplicateOf(people.get(of))));
        }
        Collections.shuffle(all, new Random(random.nextLong()));
        var width = Integer.toString(Math.max(records, 1)).length();
        var out = new ArrayList<PersonRecord>(records);
        var truth = new ArrayList<String>(records);
        for (int i = 0; i < all.size(); i++) {
            var r = all.get(i).record();
            out.add(new PersonRecord(String.format("P%0" + width + "d", i + 1), r.givenNames(), r.surname(), r.dateOfBirth(),
                    r.gender(), r.address(), r.postcode()));
            truth.add(all.get(i).person());
        }
        return new Generated(out, truth);
    }

    private PersonRecord newPerson() {
        var sex = random.nextBoolean() ? 'F' : 'M';
        var born = birthDate(random.nextInt(1940, 2009));
        var address = names.address(random);
        return new PersonRecord("", givenNames(sex, born.getYear()), names.surname(random),
                random.nextDouble() < 0.03 ? null : born, random.nextDouble() < 0.05 ? "" : String.valueOf(sex),
                address.line(), address.postcode());
    }

    /** Someone at the same address: a partner, child or sibling, usually with the same surname. */
    private PersonRecord relativeOf(PersonRecord other) {
        var sex = random.nextBoolean() ? 'F' : 'M';
        var otherYear = other.dateOfBirth() == null ? 1975 : other.dateOfBirth().getYear();
        var born = birthDate(Math.min(2008, Math.max(1940, otherYear + random.nextInt(-30, 31))));
        var surname = random.nextDouble() < 0.7 ? other.surname() : names.surname(random);
        return new PersonRecord("", givenNames(sex, born.getYear()), surname, random.nextDouble() < 0.03 ? null : born,
                random.nextDouble() < 0.05 ? "" : String.valueOf(sex), other.address(), other.postcode());
    }

    private String givenNames(char sex, int bornIn) {
        var first = names.givenName(random, sex, bornIn);
        if (random.nextDouble() >= 0.4) return first;
        var middle = names.givenName(random, sex, bornIn);
        return middle.equals(first) ? first : first + " " + middle;
    }

    private LocalDate birthDate(int year) {
        return LocalDate.ofYearDay(year, random.nextInt(1, LocalDate.of(year, 1, 1).lengthOfYear() + 1));
    }

    /** A later record of the same person, with at least one error of entry. */
    private PersonRecord duplicateOf(PersonRecord original) {
        var entry = new Entry(original);
        var made = 0;
        while (made == 0) {
            for (var error : Error.values()) {
                if (random.nextDouble() >= error.chance) continue;
                apply(error, entry);
                made++;
            }
        }
        if (random.nextDouble() < 0.15) entry.surname = entry.surname.toUpperCase(Locale.ROOT);
        if (random.nextDouble() < 0.05) entry.given = entry.given.toLowerCase(Locale.ROOT);
        return entry.toRecord();
    }

    private void apply(Error error, Entry entry) {
        switch (error) {
            case GIVEN_NAME_TYPO -> entry.given = Typing.slip(entry.given, random);
            case SURNAME_TYPO -> entry.surname = Typing.slip(entry.surname, random);
            case NICKNAME -> entry.given = nickname(entry.given);
            case NAMES_SWAPPED -> {
                var first = entry.given.split(" ")[0];
                entry.given = entry.surname;
                entry.surname = first;
            }
            case MOVED -> {
                var address = names.address(random);
                entry.address = address.line();
                entry.postcode = address.postcode();
            }
            case DAY_AND_MONTH_SWAPPED -> {
                var d = entry.born;
                if (d != null && d.getDayOfMonth() <= 12 && d.getDayOfMonth() != d.getMonthValue())
                    entry.born = LocalDate.of(d.getYear(), d.getDayOfMonth(), Math.min(d.getMonthValue(), 28));
                else if (d != null) entry.born = d.plusDays(random.nextBoolean() ? 1 : -1);
            }
            case DATE_DIGIT -> entry.born = Typing.slip(entry.born, random);
            case BIRTH_YEAR -> {
                if (entry.born != null) entry.born = entry.born.plusYears(random.nextBoolean() ? 1 : -1);
            }
            case NO_DATE_OF_BIRTH -> entry.born = null;
            case NO_ADDRESS -> {
                entry.address = "";
                if (random.nextBoolean()) entry.postcode = "";
            }
            case MIDDLE_NAME -> {
                var words = entry.given.split(" ");
                entry.given = words.length > 1 ? words[0] : words[0].substring(0, 1);
            }
            case NO_GENDER -> entry.gender = "";
            case MARRIED_NAME -> {
                if (entry.gender.equals("F")) entry.surname = names.surname(random);
                else entry.given = Typing.slip(entry.given, random);
            }
        }
    }

    private String nickname(String givenNames) {
        var words = givenNames.split(" ");
        var options = new ArrayList<>(variants.variantsOf(NameForms.joined(words[0])));
        if (options.isEmpty()) return Typing.slip(givenNames, random);
        Collections.sort(options);
        var chosen = options.get(random.nextInt(options.size()));
        words[0] = Character.toUpperCase(chosen.charAt(0)) + chosen.substring(1);
        return String.join(" ", words);
    }

    /** The fields of a record while errors are made in it. */
    private static final class Entry {
        final String id;
        String given;
        String surname;
        LocalDate born;
        String gender;
        String address;
        String postcode;

        Entry(PersonRecord r) {
            id = r.id();
            given = r.givenNames();
            surname = r.surname();
            born = r.dateOfBirth();
            gender = r.gender();
            address = r.address();
            postcode = r.postcode();
        }

        PersonRecord toRecord() {
            return new PersonRecord(id, given, surname, born, gender, address, postcode);
        }
    }
}
