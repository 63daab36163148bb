package org.invicta.identity.linking;

/** Union–find over record positions: records joined by a link, directly or through others, share a cluster. */
final class Clusters {

    private final int[] parent;
    private final int[] size;

    Clusters(int records) {
        parent = new int[records];
        size = new int[records];
        for (int i = 0; i < records; i++) {
            parent[i] = i;
            size[i] = 1;
        }
    }

    void join(int a, int b) {
        int rootA = root(a), rootB = root(b);
        if (rootA == rootB) return;
        if (size[rootA] < size[rootB]) {
            var swap = rootA;
            rootA = rootB;
            rootB = swap;
        }
        parent[rootB] = rootA;
        size[rootA] += size[rootB];
    }

    int root(int record) {
        while (parent[record] != record) {
            parent[record] = parent[parent[record]];
            record = parent[record];
        }
        return record;
    }

    /** For each record, the position of the first record of its cluster: stable, whatever the join order. */
    int[] firstOfEach() {
        var first = new int[parent.length];
        java.util.Arrays.fill(first, -1);
        var firstOfRoot = new int[parent.length];
        java.util.Arrays.fill(firstOfRoot, -1);
        for (int i = 0; i < parent.length; i++) {
            var root = root(i);
            if (firstOfRoot[root] < 0) firstOfRoot[root] = i;
            first[i] = firstOfRoot[root];
        }
        return first;
    }
}
