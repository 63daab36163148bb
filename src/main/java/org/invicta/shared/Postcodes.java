package org.invicta.shared;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** UK postcodes as Invicta keeps them: upper case, one space before the inward code ("ME14 1XX"). */
public final class Postcodes {

    private static final Pattern FORM = Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$");

    private Postcodes() {
    }

    /** "me141xx" becomes "ME14 1XX"; anything else is kept, to be refused with its rule. */
    public static String normalise(@Nullable String text) {
        var compact = (text == null ? "" : text.trim()).toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        return compact.length() >= 5 ? compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3) : compact;
    }

    /** Whether a normalised postcode has the form of a UK one. */
    public static boolean valid(String normalised) {
        return FORM.matcher(normalised).matches();
    }
}
