package org.invicta.identity.matching;

import java.time.LocalDate;
import java.util.List;
import org.invicta.identity.PersonRecord;

/** A person reduced once to the forms every comparison and blocking rule uses, so pairs compare fast. */
public final class PreparedPerson {

    /** Dates that systems put in when the real one was not known: treated as no date at all. */
    private static final List<LocalDate> PLACEHOLDER_DATES =
            List.of(LocalDate.of(1900, 1, 1), LocalDate.of(1901, 1, 1), LocalDate.of(1970, 1, 1));

    final String id;
    final String given;
    final String[] middleNames;
    final String surname;
    final String[] surnameParts;
    final String givenSound;
    final String givenSoundAlternate;
    final String surnameSound;
    final String surnameSoundAlternate;
    final int[] givenKnownAs;
    final int[] surnameKnownAs;
    final int givenFamily;
    final int dateOfBirth;
    final long dayOfBirth;
    final char gender;
    final String postcode;
    final String outcode;
    final String address;

    private PreparedPerson(PersonRecord record, GivenNameVariants variants) {
        id = record.id();
        var givenWords = NameForms.words(record.givenNames());
        given = givenWords.isEmpty() ? "" : givenWords.get(0);
        middleNames = givenWords.size() > 1 ? givenWords.subList(1, givenWords.size()).toArray(String[]::new) : new String[0];
        var surnameWords = NameForms.words(record.surname());
        surname = String.join("", surnameWords);
        surnameParts = surnameWords.size() > 1 ? surnameWords.toArray(String[]::new) : new String[0];
        givenSound = Phonetic.primary(given);
        givenSoundAlternate = Phonetic.alternate(given);
        surnameSound = Phonetic.primary(surname);
        surnameSoundAlternate = Phonetic.alternate(surname);
        givenKnownAs = variants.knownAs(given);
        surnameKnownAs = variants.knownAs(surname);
        givenFamily = variants.family(given);
        var born = record.dateOfBirth();
        if (born != null && PLACEHOLDER_DATES.contains(born)) born = null;
        dateOfBirth = born == null ? 0 : born.getYear() * 10000 + born.getMonthValue() * 100 + born.getDayOfMonth();
        dayOfBirth = born == null ? Long.MIN_VALUE : born.toEpochDay();
        gender = gender(record.gender());
        postcode = NameForms.postcode(record.postcode());
        outcode = NameForms.outcode(postcode);
        address = NameForms.address(record.address());
    }

    public static PreparedPerson of(PersonRecord record, GivenNameVariants variants) {
        return new PreparedPerson(record, variants);
    }

    public String id() {
        return id;
    }

    public String given() {
        return given;
    }

    public String surname() {
        return surname;
    }

    public String givenSound() {
        return givenSound;
    }

    public String surnameSound() {
        return surnameSound;
    }

    public int givenFamily() {
        return givenFamily;
    }

    public int dateOfBirth() {
        return dateOfBirth;
    }

    public String postcode() {
        return postcode;
    }

    public String outcode() {
        return outcode;
    }

    boolean hasDateOfBirth() {
        return dateOfBirth != 0;
    }

    private static char gender(String entered) {
        var g = entered.trim().toUpperCase();
        if (g.startsWith("M")) return 'M';
        if (g.startsWith("F")) return 'F';
        return 0;
    }
}
