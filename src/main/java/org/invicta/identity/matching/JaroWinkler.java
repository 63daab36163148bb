package org.invicta.identity.matching;

/** Jaro–Winkler similarity: 1 for equal strings, close to 1 for typing slips, favouring a shared start. */
public final class JaroWinkler {

    private JaroWinkler() {
    }

    public static double similarity(String a, String b) {
        if (a.equals(b)) return a.isEmpty() ? 0 : 1;
        int la = a.length(), lb = b.length();
        if (la == 0 || lb == 0) return 0;
        var range = Math.max(0, Math.max(la, lb) / 2 - 1);
        var matchedA = new boolean[la];
        var matchedB = new boolean[lb];
        var matches = 0;
        for (int i = 0; i < la; i++) {
            var from = Math.max(0, i - range);
            var to = Math.min(lb - 1, i + range);
            for (int j = from; j <= to; j++) {
                if (!matchedB[j] && a.charAt(i) == b.charAt(j)) {
                    matchedA[i] = matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) return 0;
        var halfTranspositions = 0;
        for (int i = 0, k = 0; i < la; i++) {
            if (!matchedA[i]) continue;
            while (!matchedB[k]) k++;
            if (a.charAt(i) != b.charAt(k)) halfTranspositions++;
            k++;
        }
        double m = matches;
        var jaro = (m / la + m / lb + (m - halfTranspositions / 2.0) / m) / 3;
        var prefix = 0;
        while (prefix < Math.min(4, Math.min(la, lb)) && a.charAt(prefix) == b.charAt(prefix)) prefix++;
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
