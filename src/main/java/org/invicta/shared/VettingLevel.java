package org.invicta.shared;

import java.util.Arrays;

/**
 * Police vetting levels (APP Vetting) in order of assurance. Non-police personnel vetting (NPPV)
 * levels 1-3 and the national security levels SC and DV rank above recruitment and management vetting.
 */
public enum VettingLevel {
    RV("Recruitment vetting"),
    MV("Management vetting"),
    NPPV1("Non-police personnel vetting level 1"),
    NPPV2("Non-police personnel vetting level 2"),
    NPPV3("Non-police personnel vetting level 3"),
    SC("Security check"),
    DV("Developed vetting");

    private final String title;

    VettingLevel(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public boolean atLeast(VettingLevel required) {
        return compareTo(required) >= 0;
    }

    public static VettingLevel fromCode(String code) {
        return Arrays.stream(values()).filter(level -> level.name().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "vetting level must be one of RV, MV, NPPV1, NPPV2, NPPV3, SC, DV: " + code));
    }
}
