package org.invicta.crime;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words a crime is filed under for search, and the words of a search: lower case, split on anything
 * but letters and digits, without police.uk's "on or near" and other words too common to find anything
 * by. The crime number is one word whole.
 */
public final class CrimeWords {

    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern ON_OR_NEAR = Pattern.compile("^on or near ");
    private static final Set<String> NOT_FILED = Set.of("on", "or", "near", "of", "the", "and", "to", "in", "at");
    private static final Pattern CRIME_NUMBER = Pattern.compile("(?i)^(CR/\\d{6}/\\d{2}|P-[0-9A-F]{12})$");

    private CrimeWords() {
    }

    /** The words to file a crime under. */
    public static Set<String> of(String number, String... texts) {
        var words = new LinkedHashSet<String>();
        words.add(number.toLowerCase(Locale.ROOT));
        for (var text : texts) addWords(words, ON_OR_NEAR.matcher(text.toLowerCase(Locale.ROOT)).replaceFirst(""));
        return words;
    }

    /** The words to look a search up by, at most six; a crime number is looked up whole. */
    public static List<String> ofSearch(String text) {
        var trimmed = text.trim();
        if (CRIME_NUMBER.matcher(trimmed).matches()) return List.of(trimmed.toLowerCase(Locale.ROOT));
        var words = new LinkedHashSet<String>();
        addWords(words, trimmed.toLowerCase(Locale.ROOT));
        return words.stream().limit(6).toList();
    }

    private static void addWords(Set<String> words, String lowerCase) {
        for (var word : SEPARATORS.split(lowerCase))
            if (word.length() > 1 && !NOT_FILED.contains(word)) words.add(word);
    }
}
