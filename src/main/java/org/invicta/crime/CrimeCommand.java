package org.invicta.crime;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.invicta.crime.publicdata.PoliceUkFiles;
import org.invicta.crime.publicdata.PoliceUkImport;
import org.invicta.platform.cli.DatabaseOptions;
import org.invicta.platform.cli.InvictaRuntime;
import org.invicta.platform.cli.TerminalProgress;
import org.invicta.platform.web.ForceNames;
import org.invicta.shared.ForceId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/** {@code ./invicta crime ...}: batch work on the force's crimes. */
@Command(name = "crime", mixinStandardHelpOptions = true, description = "Work on incidents and crimes.",
        subcommands = {CrimeCommand.ImportPoliceUk.class, CrimeCommand.LoadClassifications.class})
public class CrimeCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "import-police-uk", mixinStandardHelpOptions = true,
            description = {"Imports police.uk street-level files (the monthly archive's *-street.csv) as a force's published crimes.",
                    "A re-run over the same files changes nothing. Rows without a location, a crime id used twice and",
                    "outcomes no list knows are reported, not refused. Exit status: 0 imported, 1 refused, 2 could not import."})
    static class ImportPoliceUk implements Callable<Integer> {

        @Mixin
        private DatabaseOptions database;

        @Parameters(index = "0", paramLabel = "DIR", description = "Directory holding the *-street.csv files")
        private Path directory;

        @Option(names = "--force", required = true, paramLabel = "FORCE", description = "The force the crimes belong to, e.g. kent")
        private String force;

        @Unmatched
        private List<String> springArguments = new ArrayList<>();

        @Override
        public Integer call() {
            List<Path> files;
            try {
                files = PoliceUkFiles.in(directory);
            } catch (IOException | PoliceUkFiles.NotStreetLevel e) {
                System.err.println("cannot import: " + e.getMessage());
                return 1;
            }
            try (var context = InvictaRuntime.startBatch(database, springArguments)) {
                var importing = context.getBean(PoliceUkImport.class);
                var forceId = ForceId.of(force);
                if (!context.getBean(ForceNames.class).exists(forceId)) {
                    System.err.println("cannot import: there is no force '" + force + "'");
                    return 1;
                }
                var started = System.nanoTime();
                var reading = TerminalProgress.start("reading " + files.size() + " files", approximateRows(files));
                var read = importing.read(files, reading::at);
                reading.done();
                var readIn = (System.nanoTime() - started) / 1e9;
                var writing = TerminalProgress.start("importing", read.crimes().size());
                var report = importing.importInto(forceId, read, files.size(), writing::at);
                writing.done();
                report.lines().forEach(System.out::println);
                System.out.printf("imported in %.1f s (%.1f s reading the files, %.1f s writing)%n", (System.nanoTime() - started) / 1e9,
                        readIn, (System.nanoTime() - started) / 1e9 - readIn);
                return 0;
            } catch (PoliceUkFiles.NotStreetLevel e) {
                System.err.println("cannot import: " + e.getMessage());
                return 1;
            } catch (IOException | RuntimeException e) {
                System.err.println("could not import: " + InvictaRuntime.reasonOf(e));
                return 2;
            }
        }

        private static long approximateRows(List<Path> files) {
            long bytes = 0;
            for (var file : files) bytes += file.toFile().length();
            return Math.max(1, bytes / 200);
        }
    }

    @Command(name = "load-classifications", mixinStandardHelpOptions = true,
            description = {"Loads a counting-rules year's Home Office classifications from a CSV file with the header",
                    "class,subclass,title,police_uk_category,personal_victim,violent,rank. The newest year loaded is the one",
                    "officers record under (after a restart). Exit status: 0 loaded, 1 refused (naming the line), 2 could not load."})
    static class LoadClassifications implements Callable<Integer> {

        @Mixin
        private DatabaseOptions database;

        @Parameters(index = "0", paramLabel = "CSV", description = "The classifications file")
        private Path file;

        @Option(names = "--year", required = true, paramLabel = "YYYY", description = "The counting-rules year, e.g. 2027 for the rules from April 2027")
        private String year;

        @Unmatched
        private List<String> springArguments = new ArrayList<>();

        @Override
        public Integer call() {
            try (var context = InvictaRuntime.startBatch(database, springArguments)) {
                var loader = context.getBean(org.invicta.crime.publicdata.ClassificationLoader.class);
                var classifications = org.invicta.crime.publicdata.ClassificationFile.read(file, year, loader.categoryCodes());
                System.out.printf("loaded %,d classifications for the counting rules of %s%n", loader.load(classifications), year);
                return 0;
            } catch (org.invicta.crime.publicdata.ClassificationFile.Malformed e) {
                System.err.println("cannot load " + file.getFileName() + ": " + e.getMessage());
                return 1;
            } catch (IOException | RuntimeException e) {
                System.err.println("could not load the classifications: " + InvictaRuntime.reasonOf(e));
                return 2;
            }
        }
    }
}
