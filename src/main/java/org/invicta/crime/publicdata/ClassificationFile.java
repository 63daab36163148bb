package org.invicta.crime.publicdata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.invicta.crime.recording.Classification;
import org.invicta.platform.csv.CsvReader;

/**
 * A year's Home Office classifications as a force loads them, one per row:
 * {@code class,subclass,title,police_uk_category,personal_victim,violent,rank} (the last three: true or
 * false, true or false, and 1 for the most serious). A malformed row is refused with its line.
 */
public final class ClassificationFile {

    public static final List<String> COLUMNS = List.of("class", "subclass", "title", "police_uk_category", "personal_victim", "violent", "rank");

    /** A row that cannot be loaded: its line and the problem. */
    public static final class Malformed extends RuntimeException {
        Malformed(String message) {
            super(message);
        }
    }

    private ClassificationFile() {
    }

    public static List<Classification> read(Path file, String rulesYear, Set<String> categories) throws IOException {
        if (!rulesYear.matches("\\d{4}")) throw new Malformed("the counting-rules year is four digits, like 2027: " + rulesYear);
        var read = new ArrayList<Classification>();
        var codes = new HashSet<String>();
        try (var csv = CsvReader.open(file)) {
            var header = csv.next();
            if (header == null || !header.stream().map(String::trim).toList().equals(COLUMNS))
                throw new Malformed("line 1: the header must be " + String.join(",", COLUMNS));
            for (var row = csv.next(); row != null; row = csv.next()) {
                var line = csv.recordLine();
                if (row.size() != COLUMNS.size()) throw new Malformed("line " + line + ": " + row.size() + " fields, not " + COLUMNS.size());
                var classCode = row.get(0).trim().toUpperCase(java.util.Locale.ROOT);
                var subclass = row.get(1).trim();
                if (!classCode.matches("[0-9]{1,3}[A-Z]?")) throw new Malformed("line " + line + ": class \"" + row.get(0) + "\" is not like 8, 46 or 105A");
                if (!subclass.matches("[0-9]{1,2}")) throw new Malformed("line " + line + ": subclass \"" + row.get(1) + "\" is not a number");
                if (row.get(2).isBlank()) throw new Malformed("line " + line + ": the title is empty");
                var category = row.get(3).trim();
                if (!categories.contains(category)) throw new Malformed("line " + line + ": \"" + category + "\" is not a police.uk category code");
                var rank = rank(row.get(6), line);
                if (!codes.add(classCode + "/" + subclass)) throw new Malformed("line " + line + ": " + classCode + "/" + subclass + " is listed twice");
                read.add(new Classification(rulesYear, classCode, subclass, row.get(2).trim(), category, bool(row.get(4), line, "personal_victim"),
                        bool(row.get(5), line, "violent"), rank));
            }
        }
        if (read.isEmpty()) throw new Malformed("the file lists no classification");
        return read;
    }

    private static boolean bool(String text, int line, String column) {
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw new Malformed("line " + line + ": " + column + " is true or false, not \"" + text + "\"");
        };
    }

    private static int rank(String text, int line) {
        try {
            var rank = Integer.parseInt(text.trim());
            if (rank < 1) throw new NumberFormatException();
            return rank;
        } catch (NumberFormatException e) {
            throw new Malformed("line " + line + ": rank is a whole number from 1 (the most serious), not \"" + text + "\"");
        }
    }
}
