package org.invicta.crime;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.invicta.crime.investigation.OutcomeType;
import org.invicta.shared.InvalidField;
import org.junit.jupiter.api.Test;

/** What each kind of outcome needs before it is set (HOCR section H; the Cleveland checklist for 15, 16 and 21). */
class OutcomeRulesTests {

    private static final OutcomeType CHARGE = new OutcomeType("1", "Charge or summons", true, false, true, false, "awaiting-court-result");
    private static final OutcomeType OUTCOME_16 = new OutcomeType("16", "Evidential difficulties: named suspect identified; victim does not support",
            true, true, true, true, "unable-to-prosecute");
    private static final OutcomeType NO_SUSPECT = new OutcomeType("18", "Investigation complete: no suspect identified", false, true, true, true,
            "no-further-action");
    private static final UUID SUSPECT = UUID.randomUUID();

    @Test
    void aChargeNeedsANamedSuspectWhoIsASuspectOnTheCrime() {
        assertThatThrownBy(() -> CHARGE.check(null, Set.of(SUSPECT), "", true)).isInstanceOf(InvalidField.class)
                .hasMessageContaining("needs the named suspect");
        assertThatThrownBy(() -> CHARGE.check(UUID.randomUUID(), Set.of(SUSPECT), "", true)).hasMessageContaining("not a suspect on this crime");
        assertThatCode(() -> CHARGE.check(SUSPECT, Set.of(SUSPECT), "", true)).doesNotThrowAnyException();
    }

    @Test
    void outcome16NeedsTheSuspectARationaleAndTheVictimTold() {
        assertThatThrownBy(() -> OUTCOME_16.check(SUSPECT, Set.of(SUSPECT), " ", true))
                .extracting(e -> ((InvalidField) e).field()).isEqualTo("rationale");
        assertThatThrownBy(() -> OUTCOME_16.check(SUSPECT, Set.of(SUSPECT), "Victim withdrew support on 3 May", false))
                .extracting(e -> ((InvalidField) e).field()).isEqualTo("victimTold");
        assertThatCode(() -> OUTCOME_16.check(SUSPECT, Set.of(SUSPECT), "Victim withdrew support on 3 May", true)).doesNotThrowAnyException();
    }

    @Test
    void noSuspectIdentifiedCannotNameOne() {
        assertThatThrownBy(() -> NO_SUSPECT.check(SUSPECT, Set.of(SUSPECT), "All lines of enquiry done", true))
                .hasMessageContaining("no suspect was identified");
        assertThatCode(() -> NO_SUSPECT.check(null, Set.of(), "CCTV checked, no witnesses", true)).doesNotThrowAnyException();
    }
}
