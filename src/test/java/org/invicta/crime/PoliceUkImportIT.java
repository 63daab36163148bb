package org.invicta.crime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.invicta.InvictaIT;
import org.invicta.crime.publicdata.ImportReport;
import org.invicta.crime.publicdata.PoliceUkFiles;
import org.invicta.crime.publicdata.PoliceUkImport;
import org.invicta.organisation.TestForces;
import org.invicta.platform.csv.CsvReader;
import org.invicta.shared.ForceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

/** police.uk street-level files in, the force's published crimes out: the same counts as the files, every run. */
@InvictaIT
class PoliceUkImportIT {

    private static final Path KENT_2022 = Path.of("../shared/data/police-uk/kent-2022");
    private static final String HEADER = String.join(",", PoliceUkFiles.COLUMNS) + "\n";

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;
    @Autowired
    TestForces forces;
    @Autowired
    PoliceUkImport importing;
    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

    @Test
    void aFlawedFileIsImportedWithItsFlawsReportedAndASecondRunAddsNothing(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("2022-05-test-street.csv"), HEADER
                + "aaa1,2022-05,Test Police,Test Police,0.52,51.27,On or near High Street,E01024331,Maidstone 001A,Shoplifting,Under investigation,\n"
                + ",2022-05,Test Police,Test Police,0.52,51.27,On or near High Street,E01024331,Maidstone 001A,Anti-social behaviour,,\n"
                + ",2022-05,Test Police,Test Police,0.52,51.27,On or near High Street,E01024331,Maidstone 001A,Anti-social behaviour,,\n"
                + "aaa2,2022-05,Test Police,Test Police,,,No location,,,Burglary,Offender given penalty notice,\n"
                + "aaa3,2022-05,Test Police,Test Police,0.6,51.3,\"On or near Gabriel's Hill, Maidstone\",E01024332,Maidstone 001B,Drugs,Sent to the moon,\n");
        Files.writeString(directory.resolve("2022-06-test-street.csv"), HEADER
                + "aaa1,2022-06,Test Police,Test Police,0.53,51.28,On or near Week Street,E01024333,Maidstone 002A,Other theft,Local resolution,\n"
                + "aaa4,June 2022,Test Police,Test Police,0.53,51.28,On or near Week Street,E01024333,Maidstone 002A,Robbery,,\n"
                + "aaa5,2022-06,Test Police,Test Police,0.53,51.28,On or near Week Street,E01024333,Maidstone 002A,Muggings,,\n");
        var force = forces.create().id();

        var first = importTwice(force, directory);

        assertThat(first.rowsByMonth()).isEqualTo(Map.of("2022-05", 5, "2022-06", 1));
        assertThat(first.rowsByCategory()).containsEntry("anti-social-behaviour", 2).containsEntry("shoplifting", 1)
                .containsEntry("other-theft", 1);
        assertThat(first.rowsWithoutLocation()).isEqualTo(1);
        assertThat(first.otherSpellings()).isEqualTo(Map.of("Offender given penalty notice", 1));
        assertThat(first.unknownOutcomes()).isEqualTo(Map.of("Sent to the moon", 1));
        assertThat(first.flaws("crime id used again")).singleElement().satisfies(flaw -> {
            assertThat(flaw.file()).isEqualTo("2022-06-test-street.csv");
            assertThat(flaw.line()).isEqualTo(2);
            assertThat(flaw.detail()).contains("aaa1", "2022-05-test-street.csv line 2");
        });
        assertThat(first.flaws("row left out")).extracting(ImportReport.Flaw::detail)
                .containsExactly("month \"June 2022\" is not YYYY-MM", "crime type \"Muggings\" is not a police.uk category");
        assertThat(first.rowsAdded()).isEqualTo(6);
        assertThat(heldByMonth(force)).isEqualTo(Map.of("2022-05", 5, "2022-06", 1));
        assertThat(db().sql("SELECT outcome_code FROM crime WHERE force_id = :f AND published_id = 'aaa2'")
                .param("f", force.value()).query(String.class).single()).isEqualTo("penalty-notice-issued");
        assertThat(db().sql("SELECT location_text FROM crime WHERE force_id = :f AND published_id = 'aaa3'")
                .param("f", force.value()).query(String.class).single()).isEqualTo("On or near Gabriel's Hill, Maidstone");
    }

    @Test
    void importedCrimesAreFoundByTheWordsOfTheirPlaceAndCategory(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("2022-07-test-street.csv"), HEADER
                + "ccc1,2022-07,Test Police,Test Police,0.6,51.3,On or near Gabriel's Hill,E01024332,Maidstone 001B,Drugs,,\n"
                + "ccc2,2022-07,Test Police,Test Police,0.6,51.3,On or near Gabriel's Hill,E01024332,Maidstone 001B,Robbery,,\n");
        var testForce = forces.create();
        var files = PoliceUkFiles.in(directory);
        importing.importInto(testForce.id(), importing.read(files, rows -> { }), files.size(), rows -> { });
        var http = new org.invicta.Http(port);
        var investigator = testForce.user("INVESTIGATOR");

        var found = http.get("/api/v1/crimes?q=gabriel+hill+drugs", investigator).json();

        assertThat(found.findValuesAsString("category")).containsExactly("drugs");
        assertThat(http.get("/api/v1/crimes?q=maidstone+001b", investigator).json()).hasSize(2);
    }

    @Test
    void aFileThatIsNotStreetLevelIsRefusedByNameBeforeAnythingIsImported(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("2022-01-test-street.csv"), HEADER
                + "bbb1,2022-01,Test Police,Test Police,0.52,51.27,On or near High Street,E01024331,Maidstone 001A,Shoplifting,,\n");
        Files.writeString(directory.resolve("2022-02-test-street.csv"), "Month,Crime type\n2022-02,Shoplifting\n");

        assertThatThrownBy(() -> importing.read(PoliceUkFiles.in(directory), rows -> { }))
                .isInstanceOf(PoliceUkFiles.NotStreetLevel.class)
                .hasMessageStartingWith("2022-02-test-street.csv line 1: the header is not police.uk's street-level one");
    }

    @Test
    void kentsElevenMonthsOf2022GiveTheFilesCountsOnEveryRunAndTheirKnownFlaws() throws IOException {
        assumeTrue(Files.isDirectory(KENT_2022), "the shared Kent 2022 files are not on this machine");
        var force = forces.create().id();

        var report = importTwice(force, KENT_2022);

        var expected = countedInTheFiles();
        assertThat(report.rowsRead()).isEqualTo(185_969);
        assertThat(report.rowsByMonth()).isEqualTo(expected.byMonth);
        assertThat(heldByMonth(force)).isEqualTo(expected.byMonth);
        assertThat(heldByCategoryName(force)).isEqualTo(expected.byCategory);
        assertThat(report.rowsWithoutLocation()).isEqualTo(expected.withoutLocation);
        assertThat(report.flaws("crime id used again")).as("one crime id is published twice in November").hasSize(1);
        assertThat(report.otherSpellings()).containsOnlyKeys("Offender given penalty notice");
        assertThat(report.unknownOutcomes()).isEmpty();
    }

    private ImportReport importTwice(ForceId force, Path directory) throws IOException {
        var files = PoliceUkFiles.in(directory);
        var first = importing.importInto(force, importing.read(files, rows -> { }), files.size(), rows -> { });
        var held = heldByMonth(force);
        var second = importing.importInto(force, importing.read(files, rows -> { }), files.size(), rows -> { });
        assertThat(second.rowsAdded()).as("a second run over the same files adds nothing").isZero();
        assertThat(heldByMonth(force)).as("and changes nothing").isEqualTo(held);
        assertThat(second.flaws()).as("and reports the same flaws").isEqualTo(first.flaws());
        assertThat(second.rowsByMonth()).isEqualTo(first.rowsByMonth());
        return first;
    }

    private record FileCounts(Map<String, Integer> byMonth, Map<String, Integer> byCategory, int withoutLocation) {
    }

    private static FileCounts countedInTheFiles() throws IOException {
        var byMonth = new TreeMap<String, Integer>();
        var byCategory = new TreeMap<String, Integer>();
        var withoutLocation = 0;
        for (var file : PoliceUkFiles.in(KENT_2022)) {
            try (var csv = CsvReader.open(file)) {
                csv.next();
                for (var row = csv.next(); row != null; row = csv.next()) {
                    byMonth.merge(row.get(1), 1, Integer::sum);
                    byCategory.merge(row.get(9), 1, Integer::sum);
                    if (row.get(4).isEmpty()) withoutLocation++;
                }
            }
        }
        return new FileCounts(byMonth, byCategory, withoutLocation);
    }

    private Map<String, Integer> heldByMonth(ForceId force) {
        var held = new TreeMap<String, Integer>();
        db().sql("SELECT to_char(month, 'YYYY-MM'), count(*) FROM crime WHERE force_id = :f GROUP BY 1")
                .param("f", force.value()).query((rs, row) -> held.put(rs.getString(1), rs.getInt(2))).list();
        return held;
    }

    private Map<String, Integer> heldByCategoryName(ForceId force) {
        var held = new TreeMap<String, Integer>();
        db().sql("""
                SELECT k.name, count(*) FROM crime c JOIN crime_category k USING (category_code)
                 WHERE c.force_id = :f GROUP BY 1
                """).param("f", force.value()).query((rs, row) -> held.put(rs.getString(1), rs.getInt(2))).list();
        return held;
    }

    private JdbcClient db() {
        return JdbcClient.create(owner);
    }
}
