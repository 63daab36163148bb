package org.invicta.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.invicta.identity.matching.GivenNameVariants;
import org.invicta.identity.matching.MatchModel;
import org.invicta.identity.matching.MatchScore;
import org.invicta.identity.matching.NameForms;
import org.invicta.identity.matching.Phonetic;
import org.invicta.identity.matching.PreparedPerson;
import org.invicta.identity.matching.TermFrequencies;
import org.invicta.platform.csv.CsvReader;
import org.springframework.stereotype.Component;

/**
 * The matcher as the person records use it: the keys to store a name under, and a scored, explained
 * comparison of a person being entered or searched for with each candidate found. The parameters are
 * the shipped, versioned model in {@code identity/person-match-model.csv}, learnt by
 * {@code identity link --model} from a synthetic population; term frequencies come from the shipped
 * name lists.
 */
@Component
public class PersonMatching {

    /** At or above this, creating a new person instead needs a reason. */
    public static final double STRONG = 0.80;
    private static final String MODEL = "identity/person-match-model.csv";

    private final GivenNameVariants variants;
    private final MatchModel model;

    public PersonMatching() {
        variants = GivenNameVariants.load();
        model = loadModel();
    }

    public String modelVersion() {
        return model.version();
    }

    /** One level of one comparison, with what the shipped model learnt for it. */
    public record Parameter(String comparison, String level, double m, double u, double weight) {
    }

    /** The shipped model's parameters, for anyone to see how matches are scored. */
    public List<Parameter> parameters() {
        return model.parameters().stream().skip(2)
                .map(row -> new Parameter(row[0], row[1], Double.parseDouble(row[2]), Double.parseDouble(row[3]), Double.parseDouble(row[4])))
                .toList();
    }

    public SearchKeys keys(String givenNames, String surname) {
        var given = NameForms.words(givenNames);
        var first = given.isEmpty() ? "" : given.get(0);
        var joinedSurname = NameForms.joined(surname);
        return new SearchKeys(first, joinedSurname, Phonetic.primary(first), Phonetic.primary(joinedSurname),
                Phonetic.alternate(joinedSurname), variants.family(first), first.isEmpty() ? "" : first.substring(0, 1));
    }

    /** Names by which someone with this given name may also be known: for the search to look under. */
    public Set<String> givenNameVariants(String givenName) {
        return variants.variantsOf(NameForms.joined(givenName));
    }

    /**
     * Scores each candidate against the probe, best first. The prior is the chance that a new entry is
     * one particular person among {@code population}.
     */
    public List<Scored> rank(PersonRecord probe, List<PersonRecord> candidates, long population) {
        var scoring = model.withPrior(0.5 / Math.max(population, 100));
        var prepared = PreparedPerson.of(probe, variants);
        var scored = new ArrayList<Scored>(candidates.size());
        for (var candidate : candidates) {
            var score = scoring.score(prepared, PreparedPerson.of(candidate, variants));
            scored.add(new Scored(candidate.id(), explain(score)));
        }
        scored.sort((a, b) -> Double.compare(b.match().probability(), a.match().probability()));
        return scored;
    }

    public record Scored(String id, Match match) {
    }

    private static Match explain(MatchScore score) {
        return new Match(score.probability(), score.supporting().stream().map(MatchScore.Reason::describe).toList(),
                score.against().stream().map(MatchScore.Reason::describe).toList());
    }

    private MatchModel loadModel() {
        var rows = new ArrayList<List<String>>();
        try (var in = resource(MODEL); var csv = CsvReader.of(in)) {
            csv.next();
            for (var row = csv.next(); row != null; row = csv.next()) rows.add(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return MatchModel.read(MODEL, rows, frequencies("identity/given-names.csv", 0, 2),
                frequencies("identity/surnames.csv", 0, 1), TermFrequencies.of(Map.of(), 1e-6));
    }

    /** Relative frequencies of names from a shipped list with a weight column. */
    private static TermFrequencies frequencies(String file, int nameColumn, int weightColumn) {
        var weights = new HashMap<String, Double>();
        var total = 0.0;
        try (var in = resource(file); var csv = CsvReader.of(in)) {
            csv.next();
            for (var row = csv.next(); row != null; row = csv.next()) {
                var weight = Double.parseDouble(row.get(weightColumn));
                weights.merge(NameForms.joined(row.get(nameColumn)), weight, Double::sum);
                total += weight;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var frequencies = new HashMap<String, Double>();
        for (var entry : weights.entrySet()) frequencies.put(entry.getKey(), entry.getValue() / total);
        // A name on no list is rarer than the rarest listed.
        var rarest = frequencies.values().stream().mapToDouble(Double::doubleValue).min().orElse(1e-6);
        return TermFrequencies.of(frequencies, rarest / 2);
    }

    private static BufferedReader resource(String name) {
        var in = PersonMatching.class.getClassLoader().getResourceAsStream(name);
        if (in == null) throw new IllegalStateException(name + " is missing from the application");
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
