package org.invicta.crime.publicdata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.invicta.platform.csv.CsvReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads police.uk street-level CSV files (the monthly archive's {@code *-street.csv}) into published
 * crimes, mapping crime types and outcomes to their police.uk codes. A file whose header is not the
 * published one is refused, naming it, before anything is imported; a flawed row is reported and, when
 * it can still be placed, kept.
 *
 * <p>Each row gets a key that is the same on every run over the same files, so an import can be
 * repeated: the crime id, and for the anti-social behaviour rows that have none, a digest of the row;
 * a second row with the same key (police.uk publishes one crime id twice in Kent's 2022 files) is
 * numbered, so both rows are kept and the report names them.
 */
public final class PoliceUkFiles {

    public static final List<String> COLUMNS = List.of("Crime ID", "Month", "Reported by", "Falls within", "Longitude",
            "Latitude", "Location", "LSOA code", "LSOA name", "Crime type", "Last outcome category", "Context");

    /** A file that is not a police.uk street-level file. */
    public static final class NotStreetLevel extends RuntimeException {
        NotStreetLevel(String message) {
            super(message);
        }
    }

    /** What the files held, and what was wrong with them. */
    public record Read(List<PublishedCrime> crimes, ImportReport report) {
    }

    private final Map<String, String> categoryByName;
    private final Map<String, String> outcomeBySpelling;
    private final Map<String, String> publishedOutcomeNames;

    /**
     * @param categoryByName    crime type as published to its code
     * @param outcomeBySpelling every known spelling of an outcome to its code
     * @param outcomeNames      each outcome code to its published name, to tell another spelling from it
     */
    public PoliceUkFiles(Map<String, String> categoryByName, Map<String, String> outcomeBySpelling, Map<String, String> outcomeNames) {
        this.categoryByName = categoryByName;
        this.outcomeBySpelling = outcomeBySpelling;
        this.publishedOutcomeNames = outcomeNames;
    }

    /** The street-level files of a directory, in name order (a month's file sorts by its month). */
    public static List<Path> in(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) throw new NotStreetLevel(directory + " is not a directory");
        try (Stream<Path> files = Files.list(directory)) {
            var found = files.filter(f -> f.getFileName().toString().endsWith("-street.csv")).sorted().toList();
            if (found.isEmpty()) throw new NotStreetLevel("no police.uk street-level files (*-street.csv) in " + directory);
            return found;
        }
    }

    /** Reads the files; {@code rowsRead} hears of each row, for a progress bar. */
    public Read read(List<Path> files, IntConsumer rowsRead) throws IOException {
        for (var file : files) checkHeader(file);
        var report = new ImportReport();
        var crimes = new ArrayList<PublishedCrime>(files.size() * 20_000);
        var firstSeen = new HashMap<String, String>();
        var seen = new HashMap<String, Integer>();
        var done = 0;
        for (var file : files) {
            var name = file.getFileName().toString();
            try (var csv = CsvReader.open(file)) {
                csv.next();
                for (var row = csv.next(); row != null; row = csv.next()) {
                    var crime = crime(row, name, csv.recordLine(), report, seen, firstSeen);
                    if (crime != null) crimes.add(crime);
                    rowsRead.accept(++done);
                }
            }
        }
        return new Read(crimes, report);
    }

    private @Nullable PublishedCrime crime(List<String> row, String file, int line, ImportReport report,
                                           Map<String, Integer> seen, Map<String, String> firstSeen) {
        if (row.size() != COLUMNS.size()) {
            report.flaw("row left out", file, line, "it has " + row.size() + " fields, not " + COLUMNS.size());
            return null;
        }
        var publishedId = row.get(0).trim();
        YearMonth month;
        try {
            month = YearMonth.parse(row.get(1).trim());
        } catch (DateTimeParseException e) {
            report.flaw("row left out", file, line, "month \"" + row.get(1) + "\" is not YYYY-MM");
            return null;
        }
        var category = categoryByName.get(row.get(9).trim());
        if (category == null) {
            report.flaw("row left out", file, line, "crime type \"" + row.get(9) + "\" is not a police.uk category");
            return null;
        }
        var longitude = coordinate(row.get(4), -180, 180);
        var latitude = coordinate(row.get(5), -90, 90);
        if (longitude == null || latitude == null) {
            report.withoutLocation();
            if (!row.get(4).isBlank() || !row.get(5).isBlank())
                report.flaw("coordinates not understood", file, line, row.get(4) + ", " + row.get(5));
            longitude = null;
            latitude = null;
        }
        var outcome = outcome(row.get(10).trim(), file, line, report);
        var where = file + " line " + line;
        var key = publishedId.isEmpty() ? "asb:" + month + ":" + digest(row) : "id:" + publishedId;
        var occurrence = seen.merge(key, 1, Integer::sum);
        if (occurrence == 1) firstSeen.put(key, where);
        else if (!publishedId.isEmpty())
            report.flaw("crime id used again", file, line, publishedId + ", first at " + firstSeen.get(key) + "; both kept");
        if (occurrence > 1) key = key + "#" + occurrence;
        report.counted(file, month.toString(), category);
        return new PublishedCrime(key, publishedId, month, longitude, latitude, row.get(6).trim(), row.get(7).trim(),
                row.get(8).trim(), category, row.get(9).trim(), outcome);
    }

    private @Nullable String outcome(String spelling, String file, int line, ImportReport report) {
        if (spelling.isEmpty()) return null;
        var code = outcomeBySpelling.get(spelling);
        if (code == null) {
            report.unknownOutcome(spelling, file, line);
            return null;
        }
        if (!spelling.equals(publishedOutcomeNames.get(code))) report.otherSpelling(spelling);
        return code;
    }

    private static @Nullable Double coordinate(String text, double least, double most) {
        if (text.isBlank()) return null;
        try {
            var value = Double.parseDouble(text.trim());
            return value >= least && value <= most ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void checkHeader(Path file) throws IOException {
        try (var csv = CsvReader.open(file)) {
            var header = csv.next();
            if (header != null && !header.isEmpty()) header.set(0, header.get(0).replace("\uFEFF", ""));
            if (header == null || !header.stream().map(String::trim).toList().equals(COLUMNS))
                throw new NotStreetLevel(file.getFileName() + " line 1: the header is not police.uk's street-level one ("
                        + String.join(",", COLUMNS) + ")");
        }
    }

    private static String digest(List<String> row) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            for (var field : row) {
                sha.update(field.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0x1f);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
