package org.invicta.shared;

/**
 * How sensitive a record is, under the Government Security Classifications, and the least vetting
 * a user needs to see it. Most police records are OFFICIAL; SENSITIVE marks the "need to know" records.
 */
public enum Sensitivity {
    OFFICIAL(VettingLevel.RV),
    OFFICIAL_SENSITIVE(VettingLevel.MV),
    SECRET(VettingLevel.SC);

    private final VettingLevel vettingRequired;

    Sensitivity(VettingLevel vettingRequired) {
        this.vettingRequired = vettingRequired;
    }

    public VettingLevel vettingRequired() {
        return vettingRequired;
    }
}
