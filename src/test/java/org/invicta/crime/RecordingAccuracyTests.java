package org.invicta.crime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.invicta.crime.integrity.RecordingAccuracy;
import org.junit.jupiter.api.Test;

class RecordingAccuracyTests {

    @Test
    void accuracyIsTheShareOfCrimesThatShouldBeRecordedThatWereWithAWilsonInterval() {
        // 81 of 90: p = 0.9; the Wilson 95% interval is 0.8208 to 0.9465 (z = 1.96).
        var accuracy = new RecordingAccuracy(81, 9);

        assertThat(accuracy.accuracy()).isCloseTo(0.9, within(1e-9));
        assertThat(accuracy.lower()).isCloseTo(0.8208, within(2e-4));
        assertThat(accuracy.upper()).isCloseTo(0.9465, within(2e-4));
        assertThat(accuracy.describe()).isEqualTo("90.0% (95% CI 82.1% to 94.6%), 81 of 90 crimes");
    }

    @Test
    void aPerfectSampleStillHasAnIntervalBelowOneHundredPercentAndAnEmptyOneHasNone() {
        var perfect = new RecordingAccuracy(20, 0);
        assertThat(perfect.upper()).isEqualTo(1.0);
        assertThat(perfect.lower()).isCloseTo(0.8389, within(5e-4));

        assertThat(new RecordingAccuracy(0, 0).describe()).isEqualTo("no crime in the sample yet");
        assertThat(new RecordingAccuracy(0, 0).accuracy()).isNaN();
    }
}
