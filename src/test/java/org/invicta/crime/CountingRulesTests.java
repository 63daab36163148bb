package org.invicta.crime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.invicta.crime.recording.AllegedOffence;
import org.invicta.crime.recording.AllegedOffence.Victim;
import org.invicta.crime.recording.Cancellation;
import org.invicta.crime.recording.Classification;
import org.invicta.crime.recording.CountingRules;
import org.invicta.crime.recording.CrimeToRecord;
import org.invicta.crime.recording.RecordingClock;
import org.invicta.shared.InvalidField;
import org.junit.jupiter.api.Test;

/** The counting rules on the examples of the Home Office Counting Rules and the domain notes. */
class CountingRulesTests {

    private static final Classification CONCEALING_BIRTH = new Classification("2026", "15", "0", "Concealing an infant death close to birth",
            "other-crime", true, false, 12);
    private static final Classification INCITING_PROSTITUTION = new Classification("2026", "24", "17",
            "Causing or inciting prostitution for gain", "other-crime", true, false, 12);
    private static final Classification ASSAULT_WITH_INJURY = new Classification("2026", "8N", "0", "Assault with injury",
            "violent-crime", true, true, 8);
    private static final Classification COMMON_ASSAULT = new Classification("2026", "105A", "0", "Assault without injury",
            "violent-crime", true, true, 11);
    private static final Classification BURGLARY = new Classification("2026", "28E", "0", "Burglary, residential: dwelling",
            "burglary", true, false, 3);
    private static final Classification SHOPLIFTING = new Classification("2026", "46", "0", "Shoplifting", "shoplifting", true, false, 18);
    private static final Classification CRIMINAL_DAMAGE = new Classification("2026", "58D", "0", "Other criminal damage",
            "criminal-damage-arson", true, false, 21);
    private static final Classification KNIFE = new Classification("2026", "10D", "0", "Possession of an article with a blade or point",
            "possession-of-weapons", false, false, 12);
    private static final Classification CANNABIS = new Classification("2026", "92E", "0", "Possession of cannabis", "drugs", false, false, 23);

    @Test
    void twinsWhoseBirthsAreConcealedAreTwoCrimes() {
        var crimes = CountingRules.crimesFor(List.of(offence(CONCEALING_BIRTH, "twin one"), offence(CONCEALING_BIRTH, "twin two")));

        assertThat(crimes).hasSize(2).allSatisfy(crime -> assertThat(crime.principal()).isEqualTo(CONCEALING_BIRTH));
    }

    @Test
    void oneManIncitingThreeWomenIsThreeCrimesOnePerVictim() {
        var crimes = CountingRules.crimesFor(List.of(offence(INCITING_PROSTITUTION, "A"), offence(INCITING_PROSTITUTION, "B"),
                offence(INCITING_PROSTITUTION, "C")));

        assertThat(crimes).extracting(crime -> crime.victim().name()).containsExactly("A", "B", "C");
    }

    @Test
    void theSameVictimNamedTwiceIsStillOneVictim() {
        var crimes = CountingRules.crimesFor(List.of(offence(SHOPLIFTING, "Co-op, High Street"), offence(CRIMINAL_DAMAGE, "co-op, high street ")));

        assertThat(crimes).singleElement().satisfies(crime -> {
            assertThat(crime.principal()).isEqualTo(SHOPLIFTING);
            assertThat(crime.secondary()).containsExactly(CRIMINAL_DAMAGE);
        });
    }

    @Test
    void theMostSeriousViolentCrimeTakesPrecedenceOverTheMostSeriousPropertyCrime() {
        // A burglar who assaults the householder: burglary ranks high, but violence comes first.
        var crimes = CountingRules.crimesFor(List.of(offence(BURGLARY, "householder"), offence(COMMON_ASSAULT, "householder")));

        assertThat(crimes).singleElement().satisfies(crime -> {
            assertThat(crime.principal()).isEqualTo(COMMON_ASSAULT);
            assertThat(crime.secondary()).as("kept on the record, not counted").containsExactly(BURGLARY);
        });
    }

    @Test
    void ofTwoViolentOffencesTheMoreSeriousIsCounted() {
        var crimes = CountingRules.crimesFor(List.of(offence(COMMON_ASSAULT, "victim"), offence(ASSAULT_WITH_INJURY, "victim")));

        assertThat(crimes).singleElement().extracting(CrimeToRecord::principal).isEqualTo(ASSAULT_WITH_INJURY);
    }

    @Test
    void offencesAgainstSocietyAreOneCrimeWhenNobodyIsAVictimAndSecondaryWhenSomebodyIs() {
        var societyOnly = CountingRules.crimesFor(List.of(new AllegedOffence(CANNABIS, null), new AllegedOffence(KNIFE, null)));
        assertThat(societyOnly).singleElement().satisfies(crime -> {
            assertThat(crime.victim()).isNull();
            assertThat(crime.principal()).as("the more serious, by rank").isEqualTo(KNIFE);
            assertThat(crime.secondary()).containsExactly(CANNABIS);
        });

        var withVictim = CountingRules.crimesFor(List.of(new AllegedOffence(KNIFE, null), offence(ASSAULT_WITH_INJURY, "victim")));
        assertThat(withVictim).singleElement().satisfies(crime -> {
            assertThat(crime.principal()).isEqualTo(ASSAULT_WITH_INJURY);
            assertThat(crime.secondary()).containsExactly(KNIFE);
        });
    }

    @Test
    void anOffenceWithAVictimNeedsTheVictimNamedAndAReportNeedsAnOffence() {
        assertThatThrownBy(() -> CountingRules.crimesFor(List.of(new AllegedOffence(SHOPLIFTING, null))))
                .isInstanceOf(InvalidField.class).hasMessageContaining("name the victim");
        assertThatThrownBy(() -> CountingRules.crimesFor(List.of())).isInstanceOf(InvalidField.class)
                .extracting(e -> ((InvalidField) e).field()).isEqualTo("offences");
    }

    @Test
    void cancellationNeedsAListedReasonTheVerifiableInformationAndTheRightDecisionMaker() {
        var reasons = Set.of("C1", "C2");
        assertThatThrownBy(() -> new Cancellation("", "the property was found at home", true).check(reasons))
                .isInstanceOf(InvalidField.class).extracting(e -> ((InvalidField) e).field()).isEqualTo("reasonCode");
        assertThatThrownBy(() -> new Cancellation("NOT-A-REASON", "found at home", true).check(reasons))
                .hasMessageContaining("is not a cancellation reason");
        assertThatThrownBy(() -> new Cancellation("C2", " ", true).check(reasons))
                .isInstanceOf(InvalidField.class).extracting(e -> ((InvalidField) e).field()).isEqualTo("additionalVerifiableInformation");
        assertThatThrownBy(() -> new Cancellation("C2", "CCTV shows the phone was dropped, not taken", false).check(reasons))
                .hasMessageContaining("Force Crime Registrar");
        new Cancellation("C2", "CCTV shows the phone was dropped, not taken", true).check(reasons);
    }

    @Test
    void theRecordingClockGivesTwentyFourHoursFromTheReport() {
        var clock = new RecordingClock(Instant.parse("2026-12-01T09:00:00Z"));

        assertThat(clock.dueAt()).isEqualTo(Instant.parse("2026-12-02T09:00:00Z"));
        assertThat(clock.describe(Instant.parse("2026-12-01T15:48:00Z"))).isEqualTo("17 h 12 min left");
        assertThat(clock.overdue(Instant.parse("2026-12-02T09:00:01Z"))).isTrue();
        assertThat(clock.describe(Instant.parse("2026-12-02T11:05:00Z"))).isEqualTo("2 h 5 min overdue");
        assertThat(clock.inTime(Instant.parse("2026-12-02T09:00:00Z"))).isTrue();
    }

    private static AllegedOffence offence(Classification classification, String victim) {
        return new AllegedOffence(classification, new Victim(null, victim));
    }
}
