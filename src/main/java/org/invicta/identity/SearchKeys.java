package org.invicta.identity;

/**
 * The cheap keys a stored name is found by, before the matcher ranks what they find: normalised
 * names, their Double Metaphone codes, the given name's variant family and initial.
 */
public record SearchKeys(String given, String surname, String givenSound, String surnameSound,
                         String surnameSoundAlternate, int givenFamily, String givenInitial) {
}
