package org.invicta.identity.linking;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.function.LongConsumer;
import org.invicta.identity.PersonRecord;
import org.invicta.platform.csv.CsvReader;
import org.invicta.platform.csv.CsvWriter;

/**
 * The people file that {@code identity link} reads and {@code identity generate} writes: a CSV with
 * the header {@code id,given_names,surname,date_of_birth,gender,address,postcode} (columns in any
 * order, others ignored), ISO dates or empty. A file that breaks the format is refused with the line.
 */
public final class PersonFile {

    public static final List<String> COLUMNS = List.of("id", "given_names", "surname", "date_of_birth", "gender", "address", "postcode");
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private PersonFile() {
    }

    /** A problem with the file, naming the line. */
    public static final class Malformed extends RuntimeException {
        public Malformed(int line, String problem) {
            super("line " + line + ": " + problem);
        }
    }

    public static List<PersonRecord> read(Path file, LongConsumer recordsRead) throws IOException {
        var people = new ArrayList<PersonRecord>();
        try (var csv = CsvReader.open(file)) {
            var header = csv.next();
            if (header == null) throw new Malformed(1, "the file is empty; it needs the header " + String.join(",", COLUMNS));
            var position = new HashMap<String, Integer>();
            for (int i = 0; i < header.size(); i++) position.putIfAbsent(header.get(i).trim().toLowerCase(), i);
            var missing = COLUMNS.stream().filter(c -> !position.containsKey(c)).toList();
            if (!missing.isEmpty())
                throw new Malformed(1, "the header has no column " + String.join(", ", missing) + "; it needs " + String.join(",", COLUMNS));
            int[] at = COLUMNS.stream().mapToInt(position::get).toArray();
            var seen = new HashSet<String>();
            for (var row = csv.next(); row != null; row = csv.next()) {
                var line = csv.recordLine();
                if (row.size() != header.size())
                    throw new Malformed(line, "has " + row.size() + " fields where the header has " + header.size());
                var id = row.get(at[0]).trim();
                if (id.isEmpty()) throw new Malformed(line, "id is empty; every row needs an id");
                if (!seen.add(id)) throw new Malformed(line, "id " + id + " appears more than once");
                people.add(new PersonRecord(id, row.get(at[1]).trim(), row.get(at[2]).trim(), date(row.get(at[3]).trim(), line),
                        row.get(at[4]).trim(), row.get(at[5]).trim(), row.get(at[6]).trim()));
                if (people.size() % 10_000 == 0) recordsRead.accept(people.size());
            }
        } catch (CsvReader.MalformedCsv e) {
            throw new Malformed(e.line(), e.getMessage().substring(e.getMessage().indexOf(": ") + 2));
        }
        recordsRead.accept(people.size());
        return people;
    }

    public static void write(List<PersonRecord> people, Path file) throws IOException {
        try (var out = CsvWriter.create(file, COLUMNS.toArray(String[]::new))) {
            for (var p : people)
                out.row(p.id(), p.givenNames(), p.surname(), p.dateOfBirth() == null ? "" : p.dateOfBirth().toString(),
                        p.gender(), p.address(), p.postcode());
            out.commit();
        }
    }

    /** Lines in the file less the header: the total for a progress bar, counted fast. */
    public static long approximateRows(Path file) throws IOException {
        try (var lines = Files.lines(file)) {
            return Math.max(0, lines.count() - 1);
        }
    }

    private static LocalDate date(String text, int line) {
        if (text.isEmpty()) return null;
        try {
            return LocalDate.parse(text, ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new Malformed(line, "date_of_birth \"" + text + "\" is not a date written YYYY-MM-DD");
        }
    }
}
