package org.invicta.crime.recording;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.invicta.shared.InvalidField;

/**
 * How many crimes to record for what one finished incident discloses, and which classification each
 * takes (Home Office Counting Rules, general rules D and F):
 * <ul>
 *   <li>one crime for each victim (rule D): three people assaulted are three crimes;</li>
 *   <li>of a sequence of offences against one victim, only the most serious is counted (rule F), the
 *       most serious violent offence before any property offence; the rest stay on the crime as
 *       secondary offences;</li>
 *   <li>offences against society, with no personal victim, are one crime for the incident when nobody
 *       was a victim, and secondary to the first victim's crime when somebody was.</li>
 * </ul>
 * Which incidents are finished, and so counted apart (rule E), the officer decides by reporting them apart.
 */
public final class CountingRules {

    private CountingRules() {
    }

    public static List<CrimeToRecord> crimesFor(List<AllegedOffence> offences) {
        if (offences.isEmpty()) throw new InvalidField("offences", "name at least one offence to record a crime");
        var byVictim = new LinkedHashMap<String, List<AllegedOffence>>();
        var againstSociety = new ArrayList<Classification>();
        for (var offence : offences) {
            var classification = offence.classification();
            if (!classification.personalVictim()) {
                againstSociety.add(classification);
                continue;
            }
            if (offence.victim() == null || (offence.victim().personId() == null && offence.victim().name().isBlank()))
                throw new InvalidField("offences", classification.title() + " has a victim: name the victim (one crime is recorded per victim)");
            byVictim.computeIfAbsent(offence.victim().key(), key -> new ArrayList<>()).add(offence);
        }
        var crimes = new ArrayList<CrimeToRecord>();
        for (var sequence : byVictim.values()) {
            var classifications = sequence.stream().map(AllegedOffence::classification).toList();
            crimes.add(principalOf(sequence.get(0).victim(), classifications));
        }
        if (!againstSociety.isEmpty()) {
            if (crimes.isEmpty()) crimes.add(principalOf(null, againstSociety));
            else {
                var first = crimes.get(0);
                var secondary = new ArrayList<>(first.secondary());
                secondary.addAll(againstSociety);
                crimes.set(0, new CrimeToRecord(first.victim(), first.principal(), List.copyOf(secondary)));
            }
        }
        return List.copyOf(crimes);
    }

    private static CrimeToRecord principalOf(AllegedOffence.@org.jspecify.annotations.Nullable Victim victim, List<Classification> offences) {
        var principal = offences.get(0);
        for (var offence : offences) if (offence.moreSeriousThan(principal)) principal = offence;
        var secondary = new ArrayList<Classification>();
        var principalTaken = false;
        for (var offence : offences) {
            if (!principalTaken && offence.equals(principal)) {
                principalTaken = true;
                continue;
            }
            if (!secondary.contains(offence)) secondary.add(offence);
        }
        return new CrimeToRecord(victim, principal, List.copyOf(secondary));
    }
}
