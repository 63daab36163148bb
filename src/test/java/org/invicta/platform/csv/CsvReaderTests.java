package org.invicta.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTests {

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() throws IOException {
        var records = readAll("\uFEFFid,address\r\n1,\"12 High Street, Maidstone\"\r\n2,\"the \"\"Old\"\" Forge\nRear yard\"\n3,\n");

        assertThat(records).containsExactly(List.of("id", "address"), List.of("1", "12 High Street, Maidstone"),
                List.of("2", "the \"Old\" Forge\nRear yard"), List.of("3", ""));
    }

    @Test
    void aRecordKnowsTheLineItStartsOnEvenAfterAFieldSpanningLines() throws IOException {
        try (var csv = CsvReader.of(new BufferedReader(new StringReader("a,b\n\"x\ny\",1\nz,2\n")))) {
            csv.next();
            csv.next();
            assertThat(csv.recordLine()).isEqualTo(2);
            csv.next();
            assertThat(csv.recordLine()).isEqualTo(4);
        }
    }

    @Test
    void anUnclosedQuoteIsReportedWithItsLine() {
        assertThatThrownBy(() -> readAll("a,b\n1,2\n3,\"open\n"))
                .isInstanceOf(CsvReader.MalformedCsv.class).hasMessage("line 3: a quoted field is never closed");
    }

    @Test
    void aStrayQuoteIsReportedWithItsLine() {
        assertThatThrownBy(() -> readAll("a,b\n1,x\"y\n"))
                .isInstanceOf(CsvReader.MalformedCsv.class).hasMessageStartingWith("line 2: a quote inside a field");
    }

    @Test
    void aWriterThatIsNotCommittedLeavesNoFile(@TempDir Path directory) throws IOException {
        var target = directory.resolve("out.csv");
        try (var writer = CsvWriter.create(target, "id", "note")) {
            writer.row("1", "a, b");
        }
        assertThat(target).doesNotExist();
        assertThat(Files.list(directory)).isEmpty();

        try (var writer = CsvWriter.create(target, "id", "note")) {
            writer.row("1", "a, \"b\"");
            writer.commit();
        }
        assertThat(Files.readString(target)).isEqualTo("id,note\n1,\"a, \"\"b\"\"\"\n");
    }

    private static List<List<String>> readAll(String text) throws IOException {
        var records = new ArrayList<List<String>>();
        try (var csv = CsvReader.of(new BufferedReader(new StringReader(text)))) {
            for (var r = csv.next(); r != null; r = csv.next()) records.add(r);
        }
        return records;
    }
}
