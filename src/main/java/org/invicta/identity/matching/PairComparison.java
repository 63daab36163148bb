package org.invicta.identity.matching;

import static org.invicta.identity.matching.Comparison.ADDRESS;
import static org.invicta.identity.matching.Comparison.DATE_OF_BIRTH;
import static org.invicta.identity.matching.Comparison.GENDER;
import static org.invicta.identity.matching.Comparison.GIVEN_NAME;
import static org.invicta.identity.matching.Comparison.MIDDLE_NAMES;
import static org.invicta.identity.matching.Comparison.SURNAME;

/**
 * How two people agree, field by field: one level of each {@link Comparison}. Names are compared both
 * ways round, so a given name and surname entered in each other's places still agree.
 */
public record PairComparison(int[] levels, boolean namesSwapped) {

    private static final double NEARLY_SAME = 0.92;
    private static final double SIMILAR = 0.80;
    private static final int SIMILAR_GIVEN = 4;
    private static final int INITIAL = 5;
    private static final String[] NO_WORDS = new String[0];

    public static PairComparison of(PreparedPerson a, PreparedPerson b) {
        var levels = new int[Comparison.COUNT];
        var given = givenLevel(a.given, a.givenSound, a.givenSoundAlternate, a.givenKnownAs, a.middleNames,
                b.given, b.givenSound, b.givenSoundAlternate, b.givenKnownAs, b.middleNames);
        var surname = surnameLevel(a.surname, a.surnameSound, a.surnameSoundAlternate, a.surnameParts,
                b.surname, b.surnameSound, b.surnameSoundAlternate, b.surnameParts);
        var swapped = false;
        if (given + surname > 0 && !a.given.isEmpty() && !b.given.isEmpty() && !a.surname.isEmpty() && !b.surname.isEmpty()) {
            var givenSwapped = givenLevel(a.given, a.givenSound, a.givenSoundAlternate, a.givenKnownAs, NO_WORDS,
                    b.surname, b.surnameSound, b.surnameSoundAlternate, b.surnameKnownAs, NO_WORDS);
            var surnameSwapped = givenLevel(a.surname, a.surnameSound, a.surnameSoundAlternate, a.surnameKnownAs, NO_WORDS,
                    b.given, b.givenSound, b.givenSoundAlternate, b.givenKnownAs, NO_WORDS);
            // Both names must still agree at least in spelling, or one exactly and the other by its initial;
            // a surname that is a variant of a given name counts as similar.
            var agree = givenSwapped <= SIMILAR_GIVEN && surnameSwapped <= SIMILAR_GIVEN
                    || Math.min(givenSwapped, surnameSwapped) == 0 && Math.max(givenSwapped, surnameSwapped) == INITIAL;
            if (agree && givenSwapped + surnameSwapped < given + surname) {
                given = givenSwapped;
                surname = surnameSwapped == 0 ? 0 : Math.min(Math.max(surnameSwapped - 1, 1), 3);
                swapped = true;
            }
        }
        levels[GIVEN_NAME.ordinal()] = given;
        levels[SURNAME.ordinal()] = surname;
        levels[MIDDLE_NAMES.ordinal()] = middleNamesLevel(a.middleNames, b.middleNames);
        levels[DATE_OF_BIRTH.ordinal()] = dateOfBirthLevel(a, b);
        levels[ADDRESS.ordinal()] = addressLevel(a, b);
        levels[GENDER.ordinal()] = a.gender == 0 || b.gender == 0 ? GENDER.unknown() : a.gender == b.gender ? 0 : 1;
        return new PairComparison(levels, swapped);
    }

    public int level(Comparison comparison) {
        return levels[comparison.ordinal()];
    }

    /** 0 same, 1 nearly the same, 2 sounds the same, 3 similar, 4 different. */
    private static int spellingLevel(String a, String aSound, String aAlternate, String b, String bSound, String bAlternate) {
        if (a.equals(b)) return 0;
        var similarity = JaroWinkler.similarity(a, b);
        if (similarity >= NEARLY_SAME) return 1;
        if (soundAlike(aSound, aAlternate, bSound, bAlternate)) return 2;
        if (similarity >= SIMILAR) return 3;
        return 4;
    }

    private static boolean soundAlike(String aSound, String aAlternate, String bSound, String bAlternate) {
        if (aSound.isEmpty() || bSound.isEmpty()) return false;
        return aSound.equals(bSound) || aSound.equals(bAlternate) || aAlternate.equals(bSound);
    }

    private static int givenLevel(String a, String aSound, String aAlternate, int[] aKnownAs, String[] aMiddle,
                                  String b, String bSound, String bAlternate, int[] bKnownAs, String[] bMiddle) {
        if (a.isEmpty() || b.isEmpty()) return GIVEN_NAME.unknown();
        if (a.equals(b)) return 0;
        if (GivenNameVariants.sharesAny(aKnownAs, bKnownAs)) return 1;
        var spelling = spellingLevel(a, aSound, aAlternate, b, bSound, bAlternate);
        if (spelling < 4) return spelling + 1;
        if (a.startsWith(b) || b.startsWith(a)) return 5;
        if (contains(bMiddle, a) || contains(aMiddle, b)) return 6;
        return 7;
    }

    private static int middleNamesLevel(String[] a, String[] b) {
        if (a.length == 0 || b.length == 0) return MIDDLE_NAMES.unknown();
        if (sharesPart(a, b)) return 0;
        for (var x : a) for (var y : b) if (x.charAt(0) == y.charAt(0) && (x.length() == 1 || y.length() == 1)) return 1;
        return 2;
    }

    private static int surnameLevel(String a, String aSound, String aAlternate, String[] aParts,
                                    String b, String bSound, String bAlternate, String[] bParts) {
        if (a.isEmpty() || b.isEmpty()) return SURNAME.unknown();
        var spelling = spellingLevel(a, aSound, aAlternate, b, bSound, bAlternate);
        if (spelling < 4) return spelling;
        if (contains(aParts, b) || contains(bParts, a) || sharesPart(aParts, bParts)) return 4;
        return 5;
    }

    private static int dateOfBirthLevel(PreparedPerson a, PreparedPerson b) {
        if (!a.hasDateOfBirth() || !b.hasDateOfBirth()) return DATE_OF_BIRTH.unknown();
        if (a.dateOfBirth == b.dateOfBirth) return 0;
        int yearA = a.dateOfBirth / 10000, yearB = b.dateOfBirth / 10000;
        int monthA = a.dateOfBirth / 100 % 100, monthB = b.dateOfBirth / 100 % 100;
        int dayA = a.dateOfBirth % 100, dayB = b.dateOfBirth % 100;
        if (yearA == yearB && dayA == monthB && monthA == dayB) return 1;
        if (oneDigitOut(a.dateOfBirth, b.dateOfBirth)) return 2;
        if (a.dateOfBirth % 10000 == b.dateOfBirth % 10000 && Math.abs(yearA - yearB) == 1) return 3;
        if (Math.abs(a.dayOfBirth - b.dayOfBirth) <= 731) return 4;
        return 5;
    }

    /** One digit of YYYYMMDD typed wrong, or two neighbouring digits typed the wrong way round. */
    private static boolean oneDigitOut(int a, int b) {
        var x = Integer.toString(a);
        var y = Integer.toString(b);
        if (x.length() != y.length()) return false;
        int first = -1, differing = 0;
        for (int i = 0; i < x.length(); i++) {
            if (x.charAt(i) != y.charAt(i)) {
                if (first < 0) first = i;
                differing++;
            }
        }
        if (differing == 1) return true;
        return differing == 2 && first + 1 < x.length()
                && x.charAt(first) == y.charAt(first + 1) && x.charAt(first + 1) == y.charAt(first);
    }

    private static int addressLevel(PreparedPerson a, PreparedPerson b) {
        var postcodes = !a.postcode.isEmpty() && !b.postcode.isEmpty();
        var addresses = !a.address.isEmpty() && !b.address.isEmpty();
        if (!postcodes && !addresses) return ADDRESS.unknown();
        var sameAddress = addresses && JaroWinkler.similarity(a.address, b.address) >= 0.9;
        if (postcodes && a.postcode.equals(b.postcode)) return sameAddress ? 0 : 1;
        if (sameAddress) return 2;
        if (postcodes && a.outcode.equals(b.outcode)) return 3;
        return 4;
    }

    private static boolean contains(String[] words, String word) {
        for (var w : words) if (w.equals(word)) return true;
        return false;
    }

    private static boolean sharesPart(String[] a, String[] b) {
        for (var w : a) if (contains(b, w)) return true;
        return false;
    }
}
