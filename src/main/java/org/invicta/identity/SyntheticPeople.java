package org.invicta.identity;

import java.util.List;
import org.invicta.identity.matching.GivenNameVariants;
import org.invicta.identity.synthetic.SyntheticPopulation;

/** Synthetic British people with the duplicates that real records have: for demo data and benchmarks. */
public final class SyntheticPeople {

    private SyntheticPeople() {
    }

    /** {@code records} people, a share {@code duplicateRate} of them later records of someone earlier in the list. */
    public static List<PersonRecord> population(int records, double duplicateRate, long seed) {
        return SyntheticPopulation.generate(records, duplicateRate, seed, GivenNameVariants.load()).records();
    }
}
