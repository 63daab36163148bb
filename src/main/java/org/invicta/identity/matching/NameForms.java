package org.invicta.identity.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Names and addresses reduced to the form they are compared in: lower case ASCII letters, no punctuation. */
public final class NameForms {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private NameForms() {
    }

    /** Words of a name, lower case without accents; hyphens and spaces separate words, apostrophes vanish. */
    public static List<String> words(String text) {
        var plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase();
        var words = new ArrayList<String>();
        var word = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            var c = plain.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) word.append(c);
            else if (c == '\'' || c == '\u2019' || c == '.') continue;
            else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) words.add(word.toString());
        return words;
    }

    /** A surname as one run of letters: "O'Brien" and "OBrien" agree, "Smith-Jones" becomes "smithjones". */
    public static String joined(String text) {
        return String.join("", words(text));
    }

    /** A postcode without spaces, upper case: "me14 1xx" becomes "ME141XX". Empty when not given. */
    public static String postcode(String text) {
        var compact = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            var c = Character.toUpperCase(text.charAt(i));
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) compact.append(c);
        }
        return compact.toString();
    }

    /** The outward part of a postcode (the district): everything but the last three characters. */
    public static String outcode(String compactPostcode) {
        return compactPostcode.length() > 4 ? compactPostcode.substring(0, compactPostcode.length() - 3) : compactPostcode;
    }

    /** An address line in comparable words, with the usual abbreviations written out. */
    public static String address(String text) {
        var out = new StringBuilder();
        for (var word : words(text)) {
            if (!out.isEmpty()) out.append(' ');
            out.append(switch (word) {
                case "rd" -> "road";
                case "st" -> "street";
                case "ave", "av" -> "avenue";
                case "ln" -> "lane";
                case "cl" -> "close";
                case "dr" -> "drive";
                case "cres" -> "crescent";
                case "gdns" -> "gardens";
                case "sq" -> "square";
                case "ct" -> "court";
                case "pl" -> "place";
                default -> word;
            });
        }
        return out.toString();
    }
}
