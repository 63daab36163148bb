package org.invicta.identity.synthetic;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.SplittableRandom;

/** Slips of the keyboard: a letter left out, doubled, replaced by a neighbouring key, or two swapped. */
final class Typing {

    private static final String[] KEYBOARD = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};

    private Typing() {
    }

    static String slip(String text, SplittableRandom random) {
        if (text.length() < 3) return text + (char) ('a' + random.nextInt(26));
        var at = random.nextInt(1, text.length());
        var chars = new StringBuilder(text);
        switch (random.nextInt(4)) {
            case 0 -> chars.deleteCharAt(at);
            case 1 -> chars.insert(at, chars.charAt(at - 1));
            case 2 -> chars.setCharAt(at, neighbour(chars.charAt(at), random));
            default -> {
                if (at + 1 < chars.length()) {
                    var c = chars.charAt(at);
                    chars.setCharAt(at, chars.charAt(at + 1));
                    chars.setCharAt(at + 1, c);
                } else chars.deleteCharAt(at);
            }
        }
        return chars.toString();
    }

    /** One digit of the date typed wrong; a slip that makes no valid date moves the day instead. */
    static LocalDate slip(LocalDate date, SplittableRandom random) {
        if (date == null) return null;
        var digits = new StringBuilder(String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth()));
        var at = random.nextInt(2, 8);
        digits.setCharAt(at, (char) ('0' + (digits.charAt(at) - '0' + random.nextInt(1, 10)) % 10));
        try {
            var slipped = LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                    Integer.parseInt(digits.substring(6, 8)));
            return slipped.isAfter(LocalDate.of(2010, 1, 1)) ? date.minusDays(10) : slipped;
        } catch (DateTimeException | NumberFormatException e) {
            return date.plusDays(random.nextBoolean() ? 10 : -10);
        }
    }

    private static char neighbour(char c, SplittableRandom random) {
        var lower = Character.toLowerCase(c);
        for (var row : KEYBOARD) {
            var at = row.indexOf(lower);
            if (at < 0) continue;
            var next = at == 0 ? 1 : at == row.length() - 1 ? at - 1 : at + (random.nextBoolean() ? 1 : -1);
            var replacement = row.charAt(next);
            return Character.isUpperCase(c) ? Character.toUpperCase(replacement) : replacement;
        }
        return c;
    }
}
