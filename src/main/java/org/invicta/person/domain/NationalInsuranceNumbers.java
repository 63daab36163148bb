package org.invicta.person.domain;

import java.util.Set;
import java.util.regex.Pattern;
import org.invicta.shared.InvalidField;

/**
 * National Insurance number: two prefix letters, six digits and a suffix A to D (HMRC NIM39110); stored
 * as {@code QQ123456A}. There is no check digit, so the prefix rules are all that catch a mistyped one.
 */
final class NationalInsuranceNumbers {

    private static final Pattern SHAPE_PATTERN = Pattern.compile("[A-Z]{2}[0-9]{6}[A-Z]");
    // Left out of both prefix letters because they are easily misread when handwritten.
    private static final String NEVER_IN_PREFIX = "DFIQUV";
    private static final Set<String> NEVER_ALLOCATED = Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");
    // Reference numbers HMRC and DWP issue that look like NINOs but are not one.
    private static final Set<String> ADMINISTRATIVE = Set.of("OO", "CR", "FY", "MW", "NC");

    private static final String SHAPE = "Enter the National Insurance number as 2 letters, 6 digits and a letter, "
            + "like QQ 12 34 56 C";
    private static final String SUFFIX = "The National Insurance number must end in A, B, C or D";

    private NationalInsuranceNumbers() {
    }

    static String canonical(String compact, String field) {
        if (!SHAPE_PATTERN.matcher(compact).matches()) throw new InvalidField(field, SHAPE);
        if ("ABCD".indexOf(compact.charAt(8)) < 0) throw new InvalidField(field, SUFFIX);
        String prefix = compact.substring(0, 2);
        if (ADMINISTRATIVE.contains(prefix))
            throw new InvalidField(field, prefix + " is an administrative reference, not a National Insurance number");
        if (NEVER_IN_PREFIX.indexOf(prefix.charAt(0)) >= 0 || NEVER_IN_PREFIX.indexOf(prefix.charAt(1)) >= 0
                || prefix.charAt(1) == 'O' || NEVER_ALLOCATED.contains(prefix))
            throw new InvalidField(field, "No National Insurance number starts with " + prefix
                    + ": check the number was copied correctly");
        return compact;
    }

    static String display(String canonical) {
        if (!SHAPE_PATTERN.matcher(canonical).matches()) return canonical;
        return String.join(" ", canonical.substring(0, 2), canonical.substring(2, 4), canonical.substring(4, 6),
                canonical.substring(6, 8), canonical.substring(8));
    }
}
