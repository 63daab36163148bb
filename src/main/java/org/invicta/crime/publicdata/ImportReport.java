package org.invicta.crime.publicdata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import found in the files, as a person checking it needs to read it: how many rows each
 * month and category held, and the flaws of the data (rows without a location, a crime id used twice,
 * outcomes spelt in a way the published list does not know), none of which stops an import.
 */
public final class ImportReport {

    /** One flaw, with where it is: file and line. */
    public record Flaw(String kind, String file, int line, String detail) {
        @Override
        public String toString() {
            return file + " line " + line + ": " + kind + (detail.isEmpty() ? "" : " (" + detail + ")");
        }
    }

    private final Map<String, Integer> rowsByFile = new TreeMap<>();
    private final Map<String, Integer> rowsByMonth = new TreeMap<>();
    private final Map<String, Integer> rowsByCategory = new TreeMap<>();
    private final Map<String, Integer> otherSpellings = new TreeMap<>();
    private final Map<String, Integer> unknownOutcomes = new TreeMap<>();
    private final List<Flaw> flaws = new ArrayList<>();
    private int withoutLocation;
    private int rowsAdded;

    void counted(String file, String month, String category) {
        rowsByFile.merge(file, 1, Integer::sum);
        rowsByMonth.merge(month, 1, Integer::sum);
        rowsByCategory.merge(category, 1, Integer::sum);
    }

    void withoutLocation() {
        withoutLocation++;
    }

    void otherSpelling(String spelling) {
        otherSpellings.merge(spelling, 1, Integer::sum);
    }

    void unknownOutcome(String spelling, String file, int line) {
        if (unknownOutcomes.merge(spelling, 1, Integer::sum) == 1) flaws.add(new Flaw("unknown outcome", file, line, spelling));
    }

    void flaw(String kind, String file, int line, String detail) {
        flaws.add(new Flaw(kind, file, line, detail));
    }

    void added(int rows) {
        rowsAdded = rows;
    }

    public int rowsRead() {
        return rowsByFile.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int rowsAdded() {
        return rowsAdded;
    }

    public Map<String, Integer> rowsByFile() {
        return rowsByFile;
    }

    /** Rows per month, "2022-01" first. */
    public Map<String, Integer> rowsByMonth() {
        return rowsByMonth;
    }

    /** Rows per police.uk category code. */
    public Map<String, Integer> rowsByCategory() {
        return rowsByCategory;
    }

    public int rowsWithoutLocation() {
        return withoutLocation;
    }

    /** Outcomes recognised under a spelling other than the published list's, and how often. */
    public Map<String, Integer> otherSpellings() {
        return otherSpellings;
    }

    /** Outcomes no list knows: imported with no outcome, and counted. */
    public Map<String, Integer> unknownOutcomes() {
        return unknownOutcomes;
    }

    public List<Flaw> flaws() {
        return flaws;
    }

    public List<Flaw> flaws(String kind) {
        return flaws.stream().filter(f -> f.kind().equals(kind)).toList();
    }

    /** The report as lines for a terminal or a log. */
    public List<String> lines() {
        var lines = new ArrayList<String>();
        lines.add(String.format("%,d rows read from %d files; %,d added, %,d already held", rowsRead(), rowsByFile.size(),
                rowsAdded, rowsRead() - rowsAdded - flaws("row left out").size()));
        rowsByMonth.forEach((month, rows) -> lines.add(String.format("  %s: %,d rows", month, rows)));
        rowsByCategory.forEach((category, rows) -> lines.add(String.format("  %s: %,d rows", category, rows)));
        lines.add(String.format("%,d rows have no location (published without coordinates)", withoutLocation));
        otherSpellings.forEach((spelling, rows) ->
                lines.add(String.format("%,d rows spell an outcome \"%s\": taken as the published outcome", rows, spelling)));
        unknownOutcomes.forEach((spelling, rows) ->
                lines.add(String.format("%,d rows have an outcome no list knows, \"%s\": imported without an outcome", rows, spelling)));
        flaws.forEach(flaw -> lines.add(flaw.toString()));
        return lines;
    }
}
