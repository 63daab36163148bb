package org.invicta.crime.investigation;

import java.util.Set;
import java.util.UUID;
import org.invicta.shared.InvalidField;
import org.jspecify.annotations.Nullable;

/**
 * An outcome type of the national framework, with what it needs before it can be set: a named suspect
 * linked to the crime, a recorded rationale, the victim told, a supervisor's sign-off.
 */
public record OutcomeType(String code, String title, boolean namedSuspect, boolean rationale, boolean victimTold,
                          boolean supervisorSigns, String publishedAs) {

    /** Refuses the outcome, naming the field, when the crime does not have what this outcome needs. */
    public void check(@Nullable UUID suspect, Set<UUID> suspectsOnTheCrime, String rationaleGiven, boolean victimWasTold) {
        if (namedSuspect && suspect == null)
            throw new InvalidField("suspectId", "outcome " + code + " (" + title + ") needs the named suspect it is against");
        if (suspect != null && !suspectsOnTheCrime.contains(suspect))
            throw new InvalidField("suspectId", "the person named is not a suspect on this crime: link them as a suspect first");
        if (!namedSuspect && suspect != null && code.equals("18"))
            throw new InvalidField("suspectId", "outcome 18 means no suspect was identified: use an outcome for a named suspect");
        if (rationale && rationaleGiven.isBlank())
            throw new InvalidField("rationale", "outcome " + code + " needs the rationale for the decision recorded");
        if (victimTold && !victimWasTold)
            throw new InvalidField("victimTold", "tell the victim (or a child victim's parent) of outcome " + code + " before setting it");
    }
}
