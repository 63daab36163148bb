package org.invicta.platform.csv;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes CSV to a temporary file beside the target and renames it into place on {@link #commit()}, so a
 * failed or interrupted command never leaves half an output file behind.
 */
public final class CsvWriter implements Closeable {

    private final Path target;
    private final Path temporary;
    private final BufferedWriter out;
    private boolean committed;

    private CsvWriter(Path target, Path temporary) throws IOException {
        this.target = target;
        this.temporary = temporary;
        this.out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
    }

    public static CsvWriter create(Path target, String... header) throws IOException {
        var directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        var writer = new CsvWriter(target, Files.createTempFile(directory, "." + target.getFileName(), ".part"));
        writer.row(header);
        return writer;
    }

    public void row(String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) out.write(',');
            out.write(escape(fields[i]));
        }
        out.write('\n');
    }

    public void commit() throws IOException {
        out.close();
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (committed) return;
        out.close();
        Files.deleteIfExists(temporary);
    }

    static String escape(String field) {
        for (int i = 0; i < field.length(); i++) {
            var c = field.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r')
                return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }
}
