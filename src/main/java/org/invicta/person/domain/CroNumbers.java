package org.invicta.person.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.invicta.shared.InvalidField;

/**
 * CRO number, in the standard form {@code NNNNNN/YYA} (serial padded to 6) or the SF form
 * {@code SFYY/NNNNNNA} (kept as written, because its check letter is computed from the serial as written).
 */
final class CroNumbers {

    private static final Pattern STANDARD = Pattern.compile("([0-9]{1,6})/([0-9]{2})([A-Z])");
    private static final Pattern SF = Pattern.compile("SF([0-9]{2})/([0-9]{1,6})([A-Z])");

    private static final String SHAPE = "Enter the CRO number as up to 6 digits, a slash, the 2-digit year and the check letter, "
            + "like 012345/99N, or in the SF form, like SF99/12345M";
    private static final String WRONG_CHECK = "The CRO number check letter is wrong: check the number was copied correctly";

    private CroNumbers() {
    }

    static String canonical(String compact, String field) {
        Matcher standard = STANDARD.matcher(compact);
        if (standard.matches()) {
            String serial = "0".repeat(6 - standard.group(1).length()) + standard.group(1);
            return checked(serial + "/" + standard.group(2), standard.group(2) + serial, standard.group(3), field);
        }
        Matcher sf = SF.matcher(compact);
        if (sf.matches())
            return checked("SF" + sf.group(1) + "/" + sf.group(2), sf.group(1) + sf.group(2), sf.group(3), field);
        throw new InvalidField(field, SHAPE);
    }

    private static String checked(String withoutCheck, String checkDigits, String check, String field) {
        if (CheckLetter.of(checkDigits) != check.charAt(0)) throw new InvalidField(field, WRONG_CHECK);
        return withoutCheck + check;
    }
}
