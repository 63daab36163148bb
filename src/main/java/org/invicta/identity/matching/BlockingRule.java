package org.invicta.identity.matching;

import static org.invicta.identity.matching.Refinement.BIRTH_DECADE;
import static org.invicta.identity.matching.Refinement.BIRTH_MONTH;

import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * Cheap keys that a true match is likely to share, so only pairs sharing one are compared. Linking uses
 * the union of several, so that one wrong field (a mistyped date, a new address, a nickname) does not
 * hide a match: each misses different errors. A rule whose key becomes common in a large file (a
 * popular given name and a year of birth) names the {@link Refinement} that splits its oversized blocks.
 */
public enum BlockingRule {
    DATE_OF_BIRTH_AND_SURNAME_SOUND(p -> p.hasDateOfBirth() && !p.surnameSound.isEmpty()
            ? Keys.of(p.dateOfBirth, p.surnameSound) : Keys.NONE),
    DATE_OF_BIRTH_AND_GIVEN_INITIAL(p -> p.hasDateOfBirth() && !p.given.isEmpty()
            ? Keys.of(p.dateOfBirth, p.given.substring(0, 1)) : Keys.NONE),
    /** Both name sounds in either order, so swapped names and a mistyped day or month still meet. */
    NAME_SOUNDS_AND_BIRTH_YEAR(p -> p.hasDateOfBirth() && !p.givenSound.isEmpty() && !p.surnameSound.isEmpty()
            ? Keys.of(p.dateOfBirth / 10000, Keys.unordered(p.givenSound, p.surnameSound)) : Keys.NONE,
            BIRTH_MONTH),
    /** Both name sounds in either order and the day and month of birth: catches a mistyped year. */
    NAME_SOUNDS_AND_BIRTHDAY(p -> p.hasDateOfBirth() && !p.givenSound.isEmpty() && !p.surnameSound.isEmpty()
            ? Keys.of(p.dateOfBirth % 10000, Keys.unordered(p.givenSound, p.surnameSound)) : Keys.NONE),
    /** The same given name and the start of the surname: catches a surname misspelt beyond its sound. */
    GIVEN_NAME_AND_SURNAME_START(p -> !p.given.isEmpty() && p.surname.length() >= 2
            ? Keys.of(p.given, p.surname.substring(0, 2)) : Keys.NONE,
            BIRTH_DECADE),
    /** The same initials at the same postcode: catches misspellings beyond a name's sound at one address. */
    POSTCODE_AND_INITIALS(p -> !p.postcode.isEmpty() && !p.given.isEmpty() && !p.surname.isEmpty()
            ? Keys.of(p.postcode, Keys.unordered(p.given.substring(0, 1), p.surname.substring(0, 1))) : Keys.NONE),
    /** The same surname and the start of the given name: catches a misspelt given name and a mistyped date. */
    SURNAME_AND_GIVEN_START(p -> !p.surname.isEmpty() && !p.given.isEmpty()
            ? Keys.of(p.surname, p.given.substring(0, Math.min(3, p.given.length()))) : Keys.NONE,
            BIRTH_DECADE),
    /** Surname sound, given initial and day and month of birth: catches an initial with a mistyped year. */
    SURNAME_SOUND_INITIAL_AND_BIRTHDAY(p -> !p.surnameSound.isEmpty() && !p.given.isEmpty() && p.hasDateOfBirth()
            ? Keys.of(p.surnameSound + p.given.charAt(0), p.dateOfBirth % 10000) : Keys.NONE),
    /** The same given name and year of birth: catches a misspelt surname with a mistyped day or month. */
    GIVEN_NAME_AND_BIRTH_YEAR(p -> !p.given.isEmpty() && p.hasDateOfBirth()
            ? Keys.of(p.given, p.dateOfBirth / 10000) : Keys.NONE,
            BIRTH_MONTH),
    /** Surname sound, given initial and year of birth: catches a given name reduced to an initial or misspelt. */
    SURNAME_SOUND_INITIAL_AND_BIRTH_YEAR(p -> !p.surnameSound.isEmpty() && !p.given.isEmpty() && p.hasDateOfBirth()
            ? Keys.of(p.surnameSound + p.given.charAt(0), p.dateOfBirth / 10000) : Keys.NONE,
            BIRTH_MONTH),
    /** Surname sound and any variant of the given name: catches a mistyped date of birth. */
    SURNAME_SOUND_AND_GIVEN_FAMILY(p -> !p.surnameSound.isEmpty() && !p.given.isEmpty()
            ? Keys.of(p.surnameSound, p.givenFamily >= 0 ? "family" + p.givenFamily : p.givenSound) : Keys.NONE,
            BIRTH_DECADE),
    POSTCODE_AND_SURNAME_SOUND(p -> !p.postcode.isEmpty() && !p.surnameSound.isEmpty()
            ? Keys.of(p.postcode, p.surnameSound) : Keys.NONE),
    /** Both name sounds in either order, with no date of birth needed: catches swapped names where one side has none. */
    NAME_SOUNDS(p -> !p.givenSound.isEmpty() && !p.surnameSound.isEmpty()
            ? Keys.of(0, Keys.unordered(p.givenSound, p.surnameSound)) : Keys.NONE,
            BIRTH_DECADE),
    /** Same date of birth and postcode: catches a changed surname. */
    POSTCODE_AND_DATE_OF_BIRTH(p -> !p.postcode.isEmpty() && p.hasDateOfBirth()
            ? Keys.of(p.dateOfBirth, p.postcode) : Keys.NONE),
    /** Used to learn the name and address parameters, which it does not condition on. */
    DATE_OF_BIRTH(p -> p.hasDateOfBirth() ? Keys.of(p.dateOfBirth, "") : Keys.NONE),
    /**
     * Used to learn the date of birth parameters: the same names at the same postcode are nearly always
     * one person, however many people there are (the same names alone are not, in a large population).
     */
    NAMES_AND_POSTCODE(p -> !p.surname.isEmpty() && !p.given.isEmpty() && !p.postcode.isEmpty()
            ? Keys.of(p.surname + " " + p.given, p.postcode) : Keys.NONE);

    public static final BlockingRule[] LINKING = {DATE_OF_BIRTH_AND_SURNAME_SOUND, DATE_OF_BIRTH_AND_GIVEN_INITIAL,
            NAME_SOUNDS_AND_BIRTH_YEAR, NAME_SOUNDS_AND_BIRTHDAY, SURNAME_SOUND_AND_GIVEN_FAMILY, GIVEN_NAME_AND_SURNAME_START,
            SURNAME_AND_GIVEN_START, SURNAME_SOUND_INITIAL_AND_BIRTH_YEAR, SURNAME_SOUND_INITIAL_AND_BIRTHDAY,
            GIVEN_NAME_AND_BIRTH_YEAR, POSTCODE_AND_SURNAME_SOUND, POSTCODE_AND_INITIALS,
            POSTCODE_AND_DATE_OF_BIRTH, NAME_SOUNDS, DATE_OF_BIRTH};

    private final ToLongFunction<PreparedPerson> key;
    private final @Nullable Refinement refinement;

    BlockingRule(ToLongFunction<PreparedPerson> key) {
        this(key, null);
    }

    BlockingRule(ToLongFunction<PreparedPerson> key, @Nullable Refinement refinement) {
        this.key = key;
        this.refinement = refinement;
    }

    /** A 64-bit hash of the key, or {@link Keys#NONE} when the fields it needs are not known. */
    public long key(PreparedPerson person) {
        return key.applyAsLong(person);
    }

    /** What splits a block of this rule that is too large to compare whole; none for most. */
    @Nullable Refinement refinement() {
        return refinement;
    }

    /** FNV-1a hashes of key parts. */
    public static final class Keys {
        public static final long NONE = 0;

        private Keys() {
        }

        static long of(Object first, Object second) {
            var hash = 0xcbf29ce484222325L;
            hash = mix(hash, first.toString());
            hash = mix(hash, "\u0000");
            hash = mix(hash, second.toString());
            return hash == NONE ? 1 : hash;
        }

        static String unordered(String a, String b) {
            return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
        }

        private static long mix(long hash, String text) {
            for (int i = 0; i < text.length(); i++) {
                hash ^= text.charAt(i);
                hash *= 0x100000001b3L;
            }
            return hash;
        }
    }
}
