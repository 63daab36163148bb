package org.invicta.person.domain;

/**
 * The PNC and CRO check letter: the number, mod 23, picks a letter from an alphabet that leaves out
 * I, O and S because they are mistaken for 1, 0 and 5.
 */
final class CheckLetter {

    private static final String ALPHABET = "ZABCDEFGHJKLMNPQRTUVWXY";

    private CheckLetter() {
    }

    /** The check letter for a string of ASCII digits (at most 9 here, so a long never overflows). */
    static char of(String digits) {
        return ALPHABET.charAt((int) (Long.parseLong(digits) % ALPHABET.length()));
    }
}
