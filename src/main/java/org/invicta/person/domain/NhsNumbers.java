package org.invicta.person.domain;

import java.util.regex.Pattern;
import org.invicta.shared.InvalidField;

/** NHS number: 10 digits, the last a modulus 11 check digit (NHS Data Dictionary); stored without spaces. */
final class NhsNumbers {

    // ASCII digits only: \d and Character.isDigit would let Arabic-Indic or full-width digits through.
    private static final Pattern SHAPE_PATTERN = Pattern.compile("[0-9]{10}");

    private static final String SHAPE = "Enter the NHS number as 10 digits, like 943 476 5919";
    private static final String NOT_ISSUED = "This is not a valid NHS number: check the number was copied correctly";
    private static final String WRONG_CHECK = "The NHS number check digit is wrong: check the number was copied correctly";

    private NhsNumbers() {
    }

    static String canonical(String compact, String field) {
        String digits = compact.replace("-", "");
        if (!SHAPE_PATTERN.matcher(digits).matches()) throw new InvalidField(field, SHAPE);
        int sum = 0;
        for (int i = 0; i < 9; i++) sum += (digits.charAt(i) - '0') * (10 - i);
        int check = 11 - sum % 11;
        if (check == 11) check = 0;
        // A remainder giving 10 has no digit to show it, so no NHS number is ever issued with it.
        if (check == 10) throw new InvalidField(field, NOT_ISSUED);
        if (check != digits.charAt(9) - '0') throw new InvalidField(field, WRONG_CHECK);
        return digits;
    }

    static String display(String canonical) {
        if (!SHAPE_PATTERN.matcher(canonical).matches()) return canonical;
        return canonical.substring(0, 3) + " " + canonical.substring(3, 6) + " " + canonical.substring(6);
    }
}
