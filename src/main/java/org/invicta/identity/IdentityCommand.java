package org.invicta.identity;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.invicta.identity.linking.Linker;
import org.invicta.identity.linking.PairwiseQuality;
import org.invicta.identity.linking.PersonFile;
import org.invicta.identity.matching.GivenNameVariants;
import org.invicta.identity.synthetic.SyntheticPopulation;
import org.invicta.platform.cli.TerminalProgress;
import org.invicta.platform.csv.CsvReader;
import org.invicta.platform.csv.CsvWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./invicta identity ...}: batch identity resolution on files. Needs no database and no
 * server, so it starts in a moment and can run where Invicta's data is not.
 */
@Command(name = "identity", mixinStandardHelpOptions = true, description = "Link records of people into identities, on files.",
        subcommands = {IdentityCommand.Link.class, IdentityCommand.Generate.class, IdentityCommand.Evaluate.class})
public class IdentityCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "link", mixinStandardHelpOptions = true,
            description = {"Finds the records that are one person. Reads a CSV with the header",
                    "  id,given_names,surname,date_of_birth,gender,address,postcode",
                    "(dates YYYY-MM-DD or empty) and writes id,cluster_id: every id once, the same cluster for one person.",
                    "The model is learnt from the file itself (Fellegi-Sunter, expectation-maximisation).",
                    "Exit status: 0 done, 2 the input could not be used."})
    static class Link implements Callable<Integer> {

        @Option(names = "--in", required = true, paramLabel = "PERSONS_CSV")
        private Path in;

        @Option(names = "--out", required = true, paramLabel = "CLUSTERS_CSV")
        private Path out;

        @Option(names = "--pairs", paramLabel = "PAIRS_CSV", description = "Also write the scored pairs: id_a,id_b,match_probability")
        private Path pairs;

        @Option(names = "--pairs-from", defaultValue = "0.5", paramLabel = "P",
                description = "Write pairs whose match probability is at least P (default ${DEFAULT-VALUE})")
        private double pairsFrom;

        // Linker.THRESHOLD, as text for the annotation.
        @Option(names = "--threshold", defaultValue = "0.85", paramLabel = "P",
                description = "Join two records into one cluster at match probability P or more (default ${DEFAULT-VALUE})")
        private double threshold;

        @Option(names = "--model", paramLabel = "MODEL_CSV", description = "Also write the learnt parameters (m, u, weights)")
        private Path model;

        @Option(names = "--seed", defaultValue = "1", description = "Seed for the random pairs the model learns from")
        private long seed;

        @Override
        public Integer call() {
            if (threshold <= 0 || threshold >= 1 || pairsFrom < 0 || pairsFrom >= 1) {
                System.err.println("--threshold and --pairs-from are probabilities: give a number between 0 and 1");
                return 2;
            }
            try {
                var reading = TerminalProgress.start("reading " + in.getFileName(), PersonFile.approximateRows(in));
                var records = PersonFile.read(in, reading::at);
                reading.done();
                var linker = new Linker(GivenNameVariants.load(), System.err::println, true);
                Linker.Result result;
                try (var pairsOut = pairs == null ? null : CsvWriter.create(pairs, "id_a", "id_b", "match_probability")) {
                    result = linker.link(records, threshold, pairsOut == null ? null
                            : (a, b, p) -> pairsOut.row(a, b, String.format(Locale.ROOT, "%.6f", p)), pairsFrom, seed);
                    try (var clusters = CsvWriter.create(out, "id", "cluster_id")) {
                        for (int i = 0; i < records.size(); i++) clusters.row(records.get(i).id(), result.clusterId(i));
                        clusters.commit();
                    }
                    if (pairsOut != null) pairsOut.commit();
                }
                if (model != null && result.model() != null) {
                    try (var parameters = CsvWriter.create(model, "comparison", "level", "m_probability", "u_probability", "match_weight")) {
                        for (var row : result.model().parameters()) parameters.row(row);
                        parameters.commit();
                    }
                }
                System.out.printf("%,d records -> %,d people (%,d records joined to another; largest cluster %,d); "
                                + "%,d pairs compared, %,d linked; %.1f s%n",
                        records.size(), result.clusters(), records.size() - result.clusters(), result.largestCluster(),
                        result.pairsCompared(), result.pairsLinked(), result.took().toMillis() / 1000.0);
                return 0;
            } catch (PersonFile.Malformed e) {
                System.err.println(in + ": " + e.getMessage());
                return 2;
            } catch (NoSuchFileException e) {
                System.err.println("no such file: " + e.getFile());
                return 2;
            } catch (IOException e) {
                System.err.println("could not link: " + e.getMessage());
                return 2;
            }
        }
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = {"Writes a synthetic British population with labelled duplicates, for tests and benchmarks.",
                    "N rows, of which a share R are further records of someone already in the file, made with typing slips,",
                    "nicknames, swapped names, new addresses and date-of-birth errors. The truth file says who is who: id,person_id."})
    static class Generate implements Callable<Integer> {

        @Option(names = "--people", required = true, paramLabel = "N", description = "Rows to write")
        private int people;

        @Option(names = "--duplicate-rate", defaultValue = "0.1", paramLabel = "R", description = "Share of rows that are duplicates (default ${DEFAULT-VALUE})")
        private double duplicateRate;

        @Option(names = "--out", required = true, paramLabel = "PERSONS_CSV")
        private Path out;

        @Option(names = "--truth", required = true, paramLabel = "TRUTH_CSV")
        private Path truth;

        @Option(names = "--seed", defaultValue = "1")
        private long seed;

        @Override
        public Integer call() throws IOException {
            if (people < 0 || duplicateRate < 0 || duplicateRate >= 1) {
                System.err.println("--people must be 0 or more and --duplicate-rate at least 0 and below 1");
                return 2;
            }
            var generated = SyntheticPopulation.generate(people, duplicateRate, seed, GivenNameVariants.load());
            PersonFile.write(generated.records(), out);
            try (var truthOut = CsvWriter.create(truth, "id", "person_id")) {
                for (int i = 0; i < generated.records().size(); i++)
                    truthOut.row(generated.records().get(i).id(), generated.truePerson().get(i));
                truthOut.commit();
            }
            var distinct = generated.truePerson().stream().distinct().count();
            System.out.printf("%,d records of %,d people -> %s; truth -> %s%n", generated.records().size(), distinct, out, truth);
            return 0;
        }
    }

    @Command(name = "evaluate", mixinStandardHelpOptions = true,
            description = "Pairwise precision, recall and F1 of a clusters file (id,cluster_id) against a truth file (id,person_id).")
    static class Evaluate implements Callable<Integer> {

        @Option(names = "--clusters", required = true, paramLabel = "CLUSTERS_CSV")
        private Path clusters;

        @Option(names = "--truth", required = true, paramLabel = "TRUTH_CSV")
        private Path truth;

        @Override
        public Integer call() throws IOException {
            try {
                var predicted = twoColumns(clusters);
                var actual = twoColumns(truth);
                var ids = new ArrayList<>(actual.keySet());
                var missing = ids.stream().filter(id -> !predicted.containsKey(id)).findFirst();
                if (missing.isPresent() || predicted.size() != actual.size()) {
                    System.err.println("the clusters and the truth do not list the same ids" + missing.map(id -> " (no cluster for " + id + ")").orElse(""));
                    return 2;
                }
                var quality = PairwiseQuality.of(ids.stream().map(predicted::get).toList(), ids.stream().map(actual::get).toList());
                System.out.printf(Locale.ROOT, "pairwise precision %.4f, recall %.4f, F1 %.4f (%,d true pairs, %,d predicted, %,d correct)%n",
                        quality.precision(), quality.recall(), quality.f1(), quality.truePairs(), quality.predictedPairs(), quality.correctPairs());
                return 0;
            } catch (CsvReader.MalformedCsv | IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 2;
            } catch (NoSuchFileException e) {
                System.err.println("no such file: " + e.getFile());
                return 2;
            }
        }

        private static HashMap<String, String> twoColumns(Path file) throws IOException {
            var values = new HashMap<String, String>();
            try (var csv = CsvReader.open(file)) {
                if (csv.next() == null) throw new IllegalArgumentException(file + " is empty");
                for (List<String> row = csv.next(); row != null; row = csv.next()) {
                    if (row.size() < 2) throw new IllegalArgumentException(file + ": line " + csv.recordLine() + " has fewer than two fields");
                    if (values.put(row.get(0), row.get(1)) != null)
                        throw new IllegalArgumentException(file + ": line " + csv.recordLine() + ": id " + row.get(0) + " appears more than once");
                }
            }
            return values;
        }
    }
}
