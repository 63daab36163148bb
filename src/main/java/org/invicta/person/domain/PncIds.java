package org.invicta.person.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.invicta.shared.InvalidField;

/** PNC ID: year, slash, serial of up to 7 digits and a check letter; stored as {@code YYYY/NNNNNNNA}. */
final class PncIds {

    private static final Pattern WITH_SLASH = Pattern.compile("([0-9]{2}|[0-9]{4})/([0-9]{1,7})([A-Z])");
    // Without the slash a short serial makes the year ambiguous (is 200112345A 2001/12345 or 20/0112345?),
    // so the serial must then be all 7 digits.
    private static final Pattern WITHOUT_SLASH = Pattern.compile("([0-9]{2}|[0-9]{4})([0-9]{7})([A-Z])");

    private static final String SHAPE = "Enter the PNC ID as the year, a slash, up to 7 digits and the check letter, "
            + "like 2003/0012345N";
    private static final String WRONG_CHECK = "The PNC ID check letter is wrong: check the number was copied correctly";

    private PncIds() {
    }

    static String canonical(String compact, String field, int currentYear) {
        Matcher parts = WITH_SLASH.matcher(compact);
        if (!parts.matches()) parts = WITHOUT_SLASH.matcher(compact);
        if (!parts.matches()) throw new InvalidField(field, SHAPE);
        int year = fullYear(parts.group(1), currentYear);
        if (year > currentYear)
            throw new InvalidField(field, "The PNC ID year cannot be after " + currentYear
                    + ": check the number was copied correctly");
        String serial = "0".repeat(7 - parts.group(2).length()) + parts.group(2);
        char check = parts.group(3).charAt(0);
        // Only the last two digits of the year count, so 1979 and 79 give the same letter.
        String lastTwoDigits = String.valueOf(100 + year % 100).substring(1);
        if (CheckLetter.of(lastTwoDigits + serial) != check)
            throw new InvalidField(field, WRONG_CHECK);
        return year + "/" + serial + check;
    }

    /** A two-digit year is this century unless that would put it in the future, then the last. */
    private static int fullYear(String digits, int currentYear) {
        int year = Integer.parseInt(digits);
        if (digits.length() == 4) return year;
        int thisCentury = currentYear - currentYear % 100 + year;
        return thisCentury <= currentYear ? thisCentury : thisCentury - 100;
    }
}
