package org.invicta.crime.recording;

import java.util.Set;
import org.invicta.shared.InvalidField;

/**
 * A recorded crime stays recorded unless additional verifiable information shows it did not happen
 * (HOCR section C). A cancellation names one of the reasons on the force's list, records that
 * information, and is decided by the Force Crime Registrar or a designated decision maker.
 */
public record Cancellation(String reasonCode, String additionalVerifiableInformation, boolean decidedByRegistrarOrDecisionMaker) {

    public void check(Set<String> reasons) {
        if (reasonCode.isBlank()) throw new InvalidField("reasonCode", "choose the cancellation reason");
        if (!reasons.contains(reasonCode))
            throw new InvalidField("reasonCode", "\"" + reasonCode + "\" is not a cancellation reason: use one of " + String.join(", ", new java.util.TreeSet<>(reasons)));
        if (additionalVerifiableInformation.isBlank())
            throw new InvalidField("additionalVerifiableInformation",
                    "record the additional verifiable information that shows the crime did not happen as recorded");
        if (!decidedByRegistrarOrDecisionMaker)
            throw new InvalidField("decisionMaker", "only the Force Crime Registrar or a designated decision maker can cancel a crime");
    }
}
