package org.invicta.identity.synthetic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.invicta.platform.csv.CsvReader;

/** The names, streets and towns a synthetic British population is drawn from, with how common each is. */
final class NameLists {

    private final Weighted<String> surnames = new Weighted<>();
    private final List<GivenName> givenNames = new ArrayList<>();
    private final List<String> streets = new ArrayList<>();
    private final List<String> outcodes = new ArrayList<>();
    private final List<String> townOfOutcode = new ArrayList<>();
    private final java.util.Map<Integer, Weighted<String>> namesInUse = new java.util.HashMap<>();

    record GivenName(String name, char sex, int weight, int bornFrom, int bornTo) {
    }

    static NameLists load() {
        var lists = new NameLists();
        rows("surnames.csv", row -> lists.surnames.add(row.get(0), Integer.parseInt(row.get(1))));
        rows("given-names.csv", row -> lists.givenNames.add(new GivenName(row.get(0), row.get(1).charAt(0),
                Integer.parseInt(row.get(2)), Integer.parseInt(row.get(3)), Integer.parseInt(row.get(4)))));
        rows("streets.csv", row -> lists.streets.add(row.get(0)));
        rows("towns.csv", row -> {
            for (var outcode : row.get(2).trim().split("\\s+")) {
                lists.outcodes.add(outcode);
                lists.townOfOutcode.add(row.get(0));
            }
        });
        return lists;
    }

    String surname(SplittableRandom random) {
        return surnames.pick(random);
    }

    /** A given name of this sex that was in use in the year of birth, as often as it was used then. */
    String givenName(SplittableRandom random, char sex, int bornIn) {
        return namesInUse.computeIfAbsent(bornIn * 2 + (sex == 'F' ? 1 : 0), key -> inUse(sex, bornIn)).pick(random);
    }

    private Weighted<String> inUse(char sex, int bornIn) {
        var inUse = new Weighted<String>();
        for (var name : givenNames)
            if (name.sex() == sex && name.bornFrom() <= bornIn && bornIn <= name.bornTo()) inUse.add(name.name(), name.weight());
        if (inUse.isEmpty())
            for (var name : givenNames) if (name.sex() == sex) inUse.add(name.name(), name.weight());
        return inUse;
    }

    Address address(SplittableRandom random) {
        var street = streets.get(random.nextInt(streets.size()));
        var place = random.nextInt(outcodes.size());
        var letters = "ABDEFGHJLNPQRSTUWXYZ";
        var postcode = outcodes.get(place) + " " + random.nextInt(1, 10)
                + letters.charAt(random.nextInt(letters.length())) + letters.charAt(random.nextInt(letters.length()));
        return new Address(random.nextInt(1, 180) + " " + street + ", " + townOfOutcode.get(place), postcode);
    }

    record Address(String line, String postcode) {
    }

    private static void rows(String file, Consumer<List<String>> each) {
        var resource = "identity/" + file;
        try (var in = NameLists.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the application");
            try (var csv = CsvReader.of(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)))) {
                csv.next();
                for (var row = csv.next(); row != null; row = csv.next()) each.accept(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Values drawn in proportion to their weights. */
    static final class Weighted<T> {
        private final List<T> values = new ArrayList<>();
        private long[] cumulative = new long[16];
        private long total;

        void add(T value, long weight) {
            if (values.size() == cumulative.length) cumulative = java.util.Arrays.copyOf(cumulative, cumulative.length * 2);
            total += Math.max(weight, 1);
            cumulative[values.size()] = total;
            values.add(value);
        }

        boolean isEmpty() {
            return values.isEmpty();
        }

        T pick(SplittableRandom random) {
            var target = random.nextLong(total);
            int low = 0, high = values.size() - 1;
            while (low < high) {
                var mid = (low + high) >>> 1;
                if (cumulative[mid] > target) high = mid;
                else low = mid + 1;
            }
            return values.get(low);
        }
    }
}
