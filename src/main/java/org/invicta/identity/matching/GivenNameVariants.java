package org.invicta.identity.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.invicta.platform.csv.CsvReader;

/**
 * Given names by which one person may be known (William, Will, Bill, Liam), from the data file
 * {@code identity/given-name-variants.csv}. Two names are variants when one is listed against the
 * other or both are listed against the same name.
 */
public final class GivenNameVariants {

    private static final String RESOURCE = "identity/given-name-variants.csv";
    private static final int[] NONE = new int[0];

    private final Map<String, int[]> namesKnownAs;
    private final Map<String, Integer> family;
    private final int pairs;

    private GivenNameVariants(Map<String, int[]> namesKnownAs, Map<String, Integer> family, int pairs) {
        this.namesKnownAs = namesKnownAs;
        this.family = family;
        this.pairs = pairs;
    }

    public static GivenNameVariants load() {
        try (var in = GivenNameVariants.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the application");
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static GivenNameVariants read(BufferedReader source) throws IOException {
        var listedAgainst = new HashMap<String, Set<String>>();
        var ids = new HashMap<String, Integer>();
        var families = new Families();
        var pairs = 0;
        try (var csv = CsvReader.of(source)) {
            csv.next();
            for (var row = csv.next(); row != null; row = csv.next()) {
                if (row.size() < 2) continue;
                var name = NameForms.joined(row.get(0));
                var variant = NameForms.joined(row.get(1));
                if (name.isEmpty() || variant.isEmpty() || name.equals(variant)) continue;
                listedAgainst.computeIfAbsent(variant, v -> new TreeSet<>()).add(name);
                listedAgainst.computeIfAbsent(name, v -> new TreeSet<>()).add(variant);
                ids.computeIfAbsent(name, n -> ids.size());
                ids.computeIfAbsent(variant, n -> ids.size());
                families.join(ids.get(name), ids.get(variant));
                pairs++;
            }
        }
        var namesKnownAs = new HashMap<String, int[]>();
        listedAgainst.forEach((name, others) -> {
            var known = new int[others.size() + 1];
            var i = 0;
            known[i++] = ids.get(name);
            for (var other : others) known[i++] = ids.get(other);
            Arrays.sort(known);
            namesKnownAs.put(name, known);
        });
        var family = new HashMap<String, Integer>();
        ids.forEach((name, id) -> family.put(name, families.root(id)));
        return new GivenNameVariants(namesKnownAs, family, pairs);
    }

    /** The name and every name directly listed with it, as sorted ids: two variants share one. */
    public int[] knownAs(String normalisedName) {
        return namesKnownAs.getOrDefault(normalisedName, NONE);
    }

    public boolean variants(String a, String b) {
        return !a.equals(b) && sharesAny(knownAs(a), knownAs(b));
    }

    /** Every given name joined to this one through any chain of variants: a blocking key, too wide for scoring. */
    public int family(String normalisedName) {
        var root = family.get(normalisedName);
        return root == null ? -1 : root;
    }

    public boolean knows(String normalisedName) {
        return namesKnownAs.containsKey(normalisedName);
    }

    public Set<String> variantsOf(String normalisedName) {
        var known = knownAs(normalisedName);
        var names = new HashSet<String>();
        namesKnownAs.forEach((name, ids) -> {
            if (!name.equals(normalisedName) && sharesAny(ids, known)) names.add(name);
        });
        return names;
    }

    public int pairs() {
        return pairs;
    }

    static boolean sharesAny(int[] a, int[] b) {
        int i = 0, j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) return true;
            if (a[i] < b[j]) i++;
            else j++;
        }
        return false;
    }

    /** Union–find over name ids. */
    private static final class Families {
        private int[] parent = new int[0];

        void join(int a, int b) {
            var rootA = root(a);
            var rootB = root(b);
            parent[rootA] = rootB;
        }

        int root(int id) {
            grow(id);
            while (parent[id] != id) {
                parent[id] = parent[parent[id]];
                id = parent[id];
            }
            return id;
        }

        private void grow(int id) {
            if (id < parent.length) return;
            var from = parent.length;
            parent = Arrays.copyOf(parent, Math.max(id + 1, from * 2));
            for (int i = from; i < parent.length; i++) parent[i] = i;
        }
    }
}
