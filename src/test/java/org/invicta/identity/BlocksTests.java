package org.invicta.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.invicta.identity.matching.BlockingRule;
import org.invicta.identity.matching.Blocks;
import org.invicta.identity.matching.GivenNameVariants;
import org.invicta.identity.matching.PreparedPerson;
import org.junit.jupiter.api.Test;

class BlocksTests {

    private static final GivenNameVariants VARIANTS = GivenNameVariants.load();

    /** Six Olivers born in 2005 with six different surnames: three in March (two on the 1st), three in July. */
    private static final List<PreparedPerson> OLIVERS = List.of(
            person("Oliver", "Adams", "2005-03-01"), person("Oliver", "Baker", "2005-03-01"), person("Oliver", "Clark", "2005-03-20"),
            person("Oliver", "Davies", "2005-07-02"), person("Oliver", "Evans", "2005-07-11"), person("Oliver", "Fisher", "2005-07-30"));

    @Test
    void aBlockLargerThanTheCapIsSplitByItsRefinementAndOnlyThePairsWithinEachPartAreCompared() {
        var pairs = new ArrayList<String>();
        var outcome = new Blocks(OLIVERS, 4).pairs(new BlockingRule[] {BlockingRule.GIVEN_NAME_AND_BIRTH_YEAR},
                (a, b) -> pairs.add(Math.min(a, b) + "-" + Math.max(a, b)));

        assertThat(pairs).as("the March Olivers with each other, the July Olivers with each other")
                .containsExactlyInAnyOrder("0-1", "0-2", "1-2", "3-4", "3-5", "4-5");
        var rule = outcome.rules().get(0);
        assertThat(rule.blocksRefined()).isEqualTo(1);
        assertThat(rule.blocksLeftOut()).isZero();
        assertThat(new Blocks(OLIVERS, 4).pairCount(BlockingRule.GIVEN_NAME_AND_BIRTH_YEAR)).isEqualTo(6);
    }

    @Test
    void whatIsStillTooLargeAfterRefiningIsLeftOut() {
        var pairs = new ArrayList<String>();
        var outcome = new Blocks(OLIVERS, 2).pairs(new BlockingRule[] {BlockingRule.GIVEN_NAME_AND_BIRTH_YEAR},
                (a, b) -> pairs.add(a + "-" + b));

        assertThat(pairs).isEmpty();
        assertThat(outcome.rules().get(0).blocksLeftOut()).isEqualTo(2);
        assertThat(outcome.rules().get(0).recordsLeftOut()).isEqualTo(6);
    }

    @Test
    void aPairThatARefinedBlockProposedIsNotProposedAgainAndProgressEndsAtTheCandidates() {
        var pairs = new ArrayList<String>();
        var progress = new long[1];
        var rules = new BlockingRule[] {BlockingRule.GIVEN_NAME_AND_BIRTH_YEAR, BlockingRule.DATE_OF_BIRTH_AND_GIVEN_INITIAL};
        var blocks = new Blocks(OLIVERS, 4);
        var outcome = blocks.pairs(rules, (a, b) -> pairs.add(a + "-" + b), done -> progress[0] = done);

        assertThat(outcome.rules().get(1).candidates()).as("Adams and Baker share a birthday").isEqualTo(1);
        assertThat(outcome.rules().get(1).pairs()).as("and were already proposed in the March block").isZero();
        assertThat(pairs).hasSize(6).doesNotHaveDuplicates();
        assertThat(progress[0]).isEqualTo(blocks.pairCount(rules[0]) + blocks.pairCount(rules[1]));
    }

    private static PreparedPerson person(String given, String surname, String born) {
        return PreparedPerson.of(new PersonRecord(surname, given, surname, LocalDate.parse(born), "M", "", ""), VARIANTS);
    }
}
