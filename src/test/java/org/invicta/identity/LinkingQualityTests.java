package org.invicta.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.invicta.identity.linking.Linker;
import org.invicta.identity.linking.PairwiseQuality;
import org.invicta.identity.matching.GivenNameVariants;
import org.invicta.identity.synthetic.SyntheticPopulation;
import org.junit.jupiter.api.Test;

/** The matcher's release gate: on a labelled synthetic population, linking finds the duplicates and little else. */
class LinkingQualityTests {

    @Test
    void linksTwentyThousandRecordsWithTenPercentDuplicatesPreciselyAndFindsNearlyAllOfThem() {
        var variants = GivenNameVariants.load();
        var population = SyntheticPopulation.generate(20_000, 0.10, 20261201L, variants);

        var result = new Linker(variants, message -> { }, false).link(population.records(), Linker.THRESHOLD, null, Linker.THRESHOLD, 1);

        var clusters = new java.util.ArrayList<String>();
        for (int i = 0; i < population.records().size(); i++) clusters.add(result.clusterId(i));
        var quality = PairwiseQuality.of(clusters, population.truePerson());
        System.out.printf("linking 20,000 records: precision %.4f recall %.4f F1 %.4f (%,d true pairs)%n",
                quality.precision(), quality.recall(), quality.f1(), quality.truePairs());
        assertThat(quality.truePairs()).as("the population has duplicates to find").isGreaterThan(1_500);
        assertThat(quality.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(quality.recall()).isGreaterThanOrEqualTo(0.95);
    }
}
