package org.invicta.crime.integrity;

/**
 * Crime recording accuracy as HMICFRS measures it: of the sampled incidents that should have given a
 * crime, the share that did, with a Wilson score 95% confidence interval (sound at small samples and
 * near 100%, where the normal approximation gives intervals past the ends).
 */
public record RecordingAccuracy(int correctlyRecorded, int shouldHaveBeenRecorded) {

    private static final double Z = 1.959964;

    public int crimesThatShouldBeRecorded() {
        return correctlyRecorded + shouldHaveBeenRecorded;
    }

    /** The share correctly recorded, or NaN when the sample held no crime. */
    public double accuracy() {
        var n = crimesThatShouldBeRecorded();
        return n == 0 ? Double.NaN : (double) correctlyRecorded / n;
    }

    public double lower() {
        return bound(-1);
    }

    public double upper() {
        return bound(1);
    }

    /** "96.6% (95% CI 93.1% to 98.4%), 290 of 300 crimes", or that there is nothing to measure. */
    public String describe() {
        var n = crimesThatShouldBeRecorded();
        if (n == 0) return "no crime in the sample yet";
        return String.format(java.util.Locale.UK, "%.1f%% (95%% CI %.1f%% to %.1f%%), %d of %d crimes", 100 * accuracy(), 100 * lower(),
                100 * upper(), correctlyRecorded, n);
    }

    private double bound(int side) {
        var n = (double) crimesThatShouldBeRecorded();
        if (n == 0) return Double.NaN;
        var p = correctlyRecorded / n;
        var z2 = Z * Z;
        var centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        var half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        return Math.max(0, Math.min(1, centre + side * half));
    }
}
