package org.invicta.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.invicta.identity.matching.Comparison.DATE_OF_BIRTH;
import static org.invicta.identity.matching.Comparison.GIVEN_NAME;
import static org.invicta.identity.matching.Comparison.SURNAME;

import java.time.LocalDate;
import org.invicta.identity.matching.GivenNameVariants;
import org.invicta.identity.matching.PairComparison;
import org.invicta.identity.matching.PreparedPerson;
import org.junit.jupiter.api.Test;

class PairComparisonTests {

    private static final GivenNameVariants VARIANTS = GivenNameVariants.load();

    @Test
    void misspeltNamesAreNearlyTheSameOrSoundTheSame() {
        var comparison = compare(person("John", "Smith", "1985-03-07"), person("Jon", "Smyth", "1985-03-07"));

        assertThat(comparison.level(GIVEN_NAME)).as("Jon is listed as a variant of John").isEqualTo(1);
        assertThat(GIVEN_NAME.level(comparison.level(GIVEN_NAME))).isEqualTo("known variant (nickname)");
        assertThat(SURNAME.level(comparison.level(SURNAME))).isEqualTo("sounds the same");
        assertThat(DATE_OF_BIRTH.level(comparison.level(DATE_OF_BIRTH))).isEqualTo("same");
    }

    @Test
    void nicknamesAgreeThroughTheVariantsTable() {
        assertThat(GIVEN_NAME.level(compare(person("Bill", "Jones", ""), person("William", "Jones", "")).level(GIVEN_NAME)))
                .isEqualTo("known variant (nickname)");
        assertThat(GIVEN_NAME.level(compare(person("Peggy", "Hill", ""), person("Margaret", "Hill", "")).level(GIVEN_NAME)))
                .isEqualTo("known variant (nickname)");
        assertThat(GIVEN_NAME.level(compare(person("Bill", "Jones", ""), person("Will", "Jones", "")).level(GIVEN_NAME)))
                .as("two nicknames of William").isEqualTo("known variant (nickname)");
        assertThat(GIVEN_NAME.level(compare(person("Bill", "Jones", ""), person("Margaret", "Jones", "")).level(GIVEN_NAME)))
                .isEqualTo("different");
    }

    @Test
    void swappedGivenNameAndSurnameStillAgree() {
        var comparison = compare(person("Smith", "John", "1985-03-07"), person("John", "Smith", "1985-03-07"));

        assertThat(comparison.namesSwapped()).isTrue();
        assertThat(comparison.level(GIVEN_NAME)).isZero();
        assertThat(comparison.level(SURNAME)).isZero();
    }

    @Test
    void swappedNamesMayCarryASlipOrAnInitial() {
        var misspelt = compare(person("Skinner", "Glebn", "1966-06-10"), person("Glenn", "Skinner", "1966-06-10"));
        assertThat(misspelt.namesSwapped()).isTrue();
        assertThat(misspelt.level(GIVEN_NAME)).isZero();
        assertThat(SURNAME.level(misspelt.level(SURNAME))).isEqualTo("similar spelling");

        var initial = compare(person("K", "Hazel", "1954-04-18"), person("Hazel", "King", "1954-04-18"));
        assertThat(initial.namesSwapped()).as("the surname given as an initial in the given-name place").isTrue();
        assertThat(GIVEN_NAME.level(initial.level(GIVEN_NAME))).isEqualTo("initial or start matches");
        assertThat(SURNAME.level(initial.level(SURNAME))).isEqualTo("same");

        assertThat(compare(person("K", "Brown", ""), person("Hazel", "King", "")).namesSwapped())
                .as("an initial alone is not enough").isFalse();
    }

    @Test
    void datesOfBirthAllowForTheUsualSlips() {
        assertThat(dateLevel("1985-03-07", "1985-07-03")).isEqualTo("day and month swapped");
        assertThat(dateLevel("1985-03-07", "1986-03-07")).isEqualTo("one digit different");
        assertThat(dateLevel("1985-03-17", "1985-03-71".replace("71", "27"))).isEqualTo("one digit different");
        assertThat(dateLevel("1985-12-30", "1986-01-02")).isEqualTo("within two years");
        assertThat(dateLevel("1985-03-07", "1961-11-20")).isEqualTo("different");
        assertThat(dateLevel("1985-03-07", "")).isEqualTo("not known");
        assertThat(dateLevel("1900-01-01", "1985-03-07")).as("a placeholder date is no date").isEqualTo("not known");
    }

    private static String dateLevel(String a, String b) {
        return DATE_OF_BIRTH.level(compare(person("Ann", "Lee", a), person("Ann", "Lee", b)).level(DATE_OF_BIRTH));
    }

    private static PairComparison compare(PersonRecord a, PersonRecord b) {
        return PairComparison.of(PreparedPerson.of(a, VARIANTS), PreparedPerson.of(b, VARIANTS));
    }

    static PersonRecord person(String given, String surname, String born) {
        return new PersonRecord(given + surname + born, given, surname, born.isEmpty() ? null : LocalDate.parse(born), "", "", "");
    }
}
