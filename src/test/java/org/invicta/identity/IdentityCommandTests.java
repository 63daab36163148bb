package org.invicta.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The batch commands as a person at a terminal uses them: files in, files out, a clear line when the input is wrong. */
class IdentityCommandTests {

    @TempDir
    Path directory;

    @Test
    void generatedPeopleAreLinkedAndEveryIdIsWrittenOnce() throws IOException {
        var people = directory.resolve("people.csv");
        var truth = directory.resolve("truth.csv");
        var clusters = directory.resolve("clusters.csv");
        var pairs = directory.resolve("pairs.csv");

        assertThat(run("generate", "--people", "2000", "--duplicate-rate", "0.2", "--out", people.toString(),
                "--truth", truth.toString()).status).isZero();
        assertThat(Files.readAllLines(people).get(0)).isEqualTo("id,given_names,surname,date_of_birth,gender,address,postcode");
        var linking = run("link", "--in", people.toString(), "--out", clusters.toString(), "--pairs", pairs.toString(),
                "--model", directory.resolve("model.csv").toString());

        assertThat(linking.status).as(linking.err).isZero();
        assertThat(linking.out).contains("2,000 records ->");
        var rows = Files.readAllLines(clusters);
        assertThat(rows.get(0)).isEqualTo("id,cluster_id");
        var ids = rows.stream().skip(1).map(r -> r.split(",")[0]).toList();
        assertThat(ids).hasSize(2000).doesNotHaveDuplicates();
        assertThat(rows.stream().skip(1).map(r -> r.split(",")[1]).distinct().count()).isLessThan(2000);
        assertThat(Files.readAllLines(pairs).get(0)).isEqualTo("id_a,id_b,match_probability");
        assertThat(Files.readString(directory.resolve("model.csv"))).contains("date of birth,day and month swapped");

        var evaluation = run("evaluate", "--clusters", clusters.toString(), "--truth", truth.toString());
        assertThat(evaluation.status).isZero();
        assertThat(evaluation.out).matches("(?s)pairwise precision [01]\\.\\d{4}, recall [01]\\.\\d{4}, F1 .*");
    }

    @Test
    void aMalformedFileIsRefusedWithItsLineAndNoOutputIsLeft() throws IOException {
        var people = directory.resolve("people.csv");
        Files.write(people, List.of("id,given_names,surname,date_of_birth,gender,address,postcode",
                "1,Ann,Lee,1980-02-03,F,\"1 High St, Deal\",CT14 6AA",
                "2,Bob,Lee,03/02/1980,M,,"));
        var clusters = directory.resolve("clusters.csv");

        var linking = run("link", "--in", people.toString(), "--out", clusters.toString());

        assertThat(linking.status).isEqualTo(2);
        assertThat(linking.err).contains("line 3: date_of_birth \"03/02/1980\" is not a date written YYYY-MM-DD");
        assertThat(clusters).doesNotExist();
    }

    @Test
    void aMissingColumnOrRepeatedIdIsNamed() throws IOException {
        var noPostcode = directory.resolve("a.csv");
        Files.write(noPostcode, List.of("id,given_names,surname,date_of_birth,gender,address", "1,Ann,Lee,,F,"));
        assertThat(run("link", "--in", noPostcode.toString(), "--out", directory.resolve("o.csv").toString()).err)
                .contains("line 1: the header has no column postcode");

        var repeated = directory.resolve("b.csv");
        Files.write(repeated, List.of("id,given_names,surname,date_of_birth,gender,address,postcode",
                "7,Ann,Lee,,F,,", "8,Bob,Lee,,M,,", "7,Cat,Lee,,F,,"));
        assertThat(run("link", "--in", repeated.toString(), "--out", directory.resolve("o.csv").toString()).err)
                .contains("line 4: id 7 appears more than once");
    }

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... arguments) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        PrintStream originalOut = System.out, originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            var status = new CommandLine(new IdentityCommand()).execute(arguments);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }
}
