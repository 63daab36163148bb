package org.invicta.platform.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads RFC 4180 CSV one record at a time (quoted fields may hold commas, quotes and line breaks), and
 * knows the line each record starts on, so a batch command can say where a file is wrong.
 */
public final class CsvReader implements Closeable {

    private final BufferedReader in;
    private int line = 1;
    private int recordLine;
    private boolean first = true;

    private CsvReader(BufferedReader in) {
        this.in = in;
    }

    public static CsvReader open(Path file) throws IOException {
        return new CsvReader(Files.newBufferedReader(file, StandardCharsets.UTF_8));
    }

    public static CsvReader of(BufferedReader in) {
        return new CsvReader(in);
    }

    /** The line on which the record last returned starts (the header is line 1). */
    public int recordLine() {
        return recordLine;
    }

    /** The next record's fields, or null at the end of the file. Blank lines are skipped. */
    public @Nullable List<String> next() throws IOException {
        while (true) {
            var record = readRecord();
            if (record == null) return null;
            if (record.size() == 1 && record.get(0).isEmpty()) continue;
            return record;
        }
    }

    private @Nullable List<String> readRecord() throws IOException {
        recordLine = line;
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        var quoted = false;
        var afterQuote = false;
        var sawAnything = false;
        while (true) {
            var c = in.read();
            if (first) {
                first = false;
                if (c == '\uFEFF') c = in.read();
            }
            if (c == -1) {
                if (quoted) throw new MalformedCsv(recordLine, "a quoted field is never closed");
                if (!sawAnything) return null;
                fields.add(field.toString());
                return fields;
            }
            sawAnything = true;
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    var following = in.read();
                    if (following == '"') field.append('"');
                    else {
                        quoted = false;
                        afterQuote = true;
                        if (following != -1) in.reset();
                    }
                } else {
                    if (c == '\n') line++;
                    field.append((char) c);
                }
                continue;
            }
            switch (c) {
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    afterQuote = false;
                }
                case '\r' -> { }
                case '\n' -> {
                    line++;
                    fields.add(field.toString());
                    return fields;
                }
                case '"' -> {
                    if (!field.isEmpty() || afterQuote)
                        throw new MalformedCsv(line, "a quote inside a field that does not start with one");
                    quoted = true;
                }
                default -> {
                    if (afterQuote) throw new MalformedCsv(line, "text after the closing quote of a field");
                    field.append((char) c);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** A file that is not valid CSV, with the line where it goes wrong. */
    public static final class MalformedCsv extends RuntimeException {

        private final int line;

        public MalformedCsv(int line, String problem) {
            super("line " + line + ": " + problem);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }
}
