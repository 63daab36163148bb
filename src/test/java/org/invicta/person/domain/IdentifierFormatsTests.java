package org.invicta.person.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.invicta.person.domain.IdentifierType.CRO_NUMBER;
import static org.invicta.person.domain.IdentifierType.DRIVING_LICENCE;
import static org.invicta.person.domain.IdentifierType.NATIONAL_INSURANCE_NUMBER;
import static org.invicta.person.domain.IdentifierType.NHS_NUMBER;
import static org.invicta.person.domain.IdentifierType.PASSPORT;
import static org.invicta.person.domain.IdentifierType.PNC_ID;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.invicta.shared.InvalidField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The valid examples were worked out by hand from the rules (check letter = "ZABCDEFGHJKLMNPQRTUVWXY"
 * [number mod 23]; NHS modulus 11) with a separate calculation, not with the code under test. 1981/0154257C
 * is also the example MoJ's hmpps-person-record uses, so the PNC rule agrees with theirs.
 */
class IdentifierFormatsTests {

    private static final Clock MID_2026 = clockAt("2026-06-15T12:00:00Z");
    private static final String PNC_SHAPE = "Enter the PNC ID as the year, a slash, up to 7 digits and the check letter, "
            + "like 2003/0012345N";
    private static final String PNC_CHECK = "The PNC ID check letter is wrong: check the number was copied correctly";
    private static final String CRO_SHAPE = "Enter the CRO number as up to 6 digits, a slash, the 2-digit year and "
            + "the check letter, like 012345/99N, or in the SF form, like SF99/12345M";
    private static final String CRO_CHECK = "The CRO number check letter is wrong: check the number was copied correctly";
    private static final String NHS_SHAPE = "Enter the NHS number as 10 digits, like 943 476 5919";
    private static final String NINO_SHAPE = "Enter the National Insurance number as 2 letters, 6 digits and a letter, "
            + "like QQ 12 34 56 C";

    private static Clock clockAt(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneId.of("Europe/London"));
    }

    private static String canonical(IdentifierType type, String entered) {
        return IdentifierFormats.canonical(type, entered, "identifier", MID_2026);
    }

    private static InvalidField refusal(IdentifierType type, String entered) {
        return refusal(type, entered, MID_2026);
    }

    private static InvalidField refusal(IdentifierType type, String entered, Clock clock) {
        var refused = assertThrows(InvalidField.class,
                () -> IdentifierFormats.canonical(type, entered, "identifier", clock));
        assertThat(refused.field()).isEqualTo("identifier");
        return refused;
    }

    // PNC ID

    @ParameterizedTest
    @CsvSource({
            "2003/0012345N,  2003/0012345N",
            "2003/12345N,    2003/0012345N",
            "03/12345N,      2003/0012345N",
            "03/0012345N,    2003/0012345N",
            "'  03 / 12345 n ', 2003/0012345N",
            "030012345N,     2003/0012345N",
            "20030012345N,   2003/0012345N",
            "1979/1234567X,  1979/1234567X",
            "79/1234567X,    1979/1234567X",
            "791234567x,     1979/1234567X",
            "81/154257C,     1981/0154257C",
            "99/0F,          1999/0000000F",
            "00/54321U,      2000/0054321U"})
    void aPncIdIsStoredWithAFourDigitYearAndASevenDigitSerial(String entered, String stored) {
        assertThat(canonical(PNC_ID, entered)).isEqualTo(stored);
    }

    @Test
    void aTwoDigitPncYearIsThisCenturyUpToTheCurrentYearAndTheLastCenturyAfterIt() {
        assertThat(canonical(PNC_ID, "26/1W")).isEqualTo("2026/0000001W");
        assertThat(canonical(PNC_ID, "27/123U")).isEqualTo("1927/0000123U");
    }

    @Test
    void theCenturyOfATwoDigitPncYearComesFromTheInjectedClock() {
        var early2027 = clockAt("2027-01-01T00:30:00Z");
        assertThat(IdentifierFormats.canonical(PNC_ID, "27/123U", "pnc", early2027)).isEqualTo("2027/0000123U");
        var early2100 = clockAt("2100-03-01T00:00:00Z");
        assertThat(IdentifierFormats.canonical(PNC_ID, "99/0F", "pnc", early2100)).isEqualTo("2099/0000000F");
        assertThat(IdentifierFormats.canonical(PNC_ID, "00/54321U", "pnc", early2100)).isEqualTo("2100/0054321U");
    }

    @Test
    void aFourDigitPncYearAfterTheCurrentYearIsRefused() {
        assertThat(refusal(PNC_ID, "2027/0000123U").rule())
                .isEqualTo("The PNC ID year cannot be after 2026: check the number was copied correctly");
        assertThat(IdentifierFormats.canonical(PNC_ID, "2027/0000123U", "pnc", clockAt("2027-06-01T00:00:00Z")))
                .isEqualTo("2027/0000123U");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2003/0012345P", "03/12345M", "030012345P", "1981/0154257D",
            "2003/0012345I", "2003/0012345O", "2003/0012345S"})
    void aPncIdWithTheWrongCheckLetterIsRefused(String entered) {
        assertThat(refusal(PNC_ID, entered).rule()).isEqualTo(PNC_CHECK);
    }

    @Test
    void onlyTheLastTwoDigitsOfThePncYearCountTowardsTheCheckLetter() {
        // 2003 and 1903 share a letter, so a PNC ID whose century alone is wrong still passes the check.
        assertThat(canonical(PNC_ID, "1903/0012345N")).isEqualTo("1903/0012345N");
        assertThat(refusal(PNC_ID, "2004/0012345N").rule()).isEqualTo(PNC_CHECK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2003/12345678N", "203/12345N", "20003/12345N", "2003/0012345", "2003/N", "/0012345N",
            "2003//0012345N", "2003-0012345N", "2003/0012345NN", "AB/1234567X", "2003/00I2345N",
            // without the slash the serial must be all 7 digits, or the year could be read two ways
            "0312345N", "2003012345N", "2003123N"})
    void aPncIdOfTheWrongShapeIsRefused(String entered) {
        assertThat(refusal(PNC_ID, entered).rule()).isEqualTo(PNC_SHAPE);
    }

    @Test
    void withoutTheSlashNineDigitsAreATwoDigitYearAndASevenDigitSerial() {
        assertThat(canonical(PNC_ID, "200312345J")).isEqualTo("2020/0312345J");
        // so 2003/12345 typed without its slash and padding is read as 2020/0312345, which the check letter catches
        assertThat(refusal(PNC_ID, "200312345N").rule()).isEqualTo(PNC_CHECK);
    }

    // CRO number

    @ParameterizedTest
    @CsvSource({
            "012345/99N,    012345/99N",
            "12345/99N,     012345/99N",
            "12345/99n,     012345/99N",
            "' 12345 / 99 N ', 012345/99N",
            "123456/08T,    123456/08T",
            "1/00A,         000001/00A",
            "65432/86G,     065432/86G"})
    void aStandardCroNumberIsStoredWithTheSerialPaddedToSixDigits(String entered, String stored) {
        assertThat(canonical(CRO_NUMBER, entered)).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource({
            "SF99/12345M,   SF99/12345M",
            "sf99/12345m,   SF99/12345M",
            "'SF 99 / 12345 M', SF99/12345M",
            "SF93/654321Z,  SF93/654321Z",
            "SF05/012345A,  SF05/012345A",
            "SF05/12345W,   SF05/12345W"})
    void anSfCroNumberIsStoredAsWritten(String entered, String stored) {
        assertThat(canonical(CRO_NUMBER, entered)).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"012345/99P", "12345/98N", "123456/08S", "SF99/12345N", "SF93/654321A",
            // the SF check uses the serial as written, so padding it changes the letter
            "SF05/12345A", "SF05/012345W"})
    void aCroNumberWithTheWrongCheckLetterIsRefused(String entered) {
        assertThat(refusal(CRO_NUMBER, entered).rule()).isEqualTo(CRO_CHECK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567/99X", "12345/9N", "12345/999N", "12345/99", "/99N", "1234599N", "12345-99N",
            "SF9/12345M", "SF999/12345M", "SF99/1234567M", "SF99/M", "SF9912345M", "XF99/12345M", "99/12345SF",
            "12345/99NN"})
    void aCroNumberOfTheWrongShapeIsRefused(String entered) {
        assertThat(refusal(CRO_NUMBER, entered).rule()).isEqualTo(CRO_SHAPE);
    }

    // NHS number

    @ParameterizedTest
    @CsvSource({
            "9434765919,       9434765919",
            "943 476 5919,     9434765919",
            "943-476-5919,     9434765919",
            "' 943 476 5919 ', 9434765919",
            "4010232137,       4010232137",
            "9876543210,       9876543210"})
    void anNhsNumberIsStoredAsTenDigits(String entered, String stored) {
        assertThat(canonical(NHS_NUMBER, entered)).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9434765918", "943 476 5910", "4010232138", "9876543211"})
    void anNhsNumberWithTheWrongCheckDigitIsRefused(String entered) {
        assertThat(refusal(NHS_NUMBER, entered).rule())
                .isEqualTo("The NHS number check digit is wrong: check the number was copied correctly");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "1234567891", "2120000000"})
    void anNhsNumberWhoseCheckWorksOutAsTenIsNeverIssued(String entered) {
        assertThat(refusal(NHS_NUMBER, entered).rule())
                .isEqualTo("This is not a valid NHS number: check the number was copied correctly");
    }

    @ParameterizedTest
    @ValueSource(strings = {"943476591", "94347659190", "943476591X", "943.476.5919", "943/476/5919", "NHS9434765919",
            // 943 476 5919 in Arabic-Indic and in full-width digits
            "\u0669\u0664\u0663\u0664\u0667\u0666\u0665\u0669\u0661\u0669",
            "\uff19\uff14\uff13\uff14\uff17\uff16\uff15\uff19\uff11\uff19"})
    void anNhsNumberOfTheWrongShapeIsRefused(String entered) {
        assertThat(refusal(NHS_NUMBER, entered).rule()).isEqualTo(NHS_SHAPE);
    }

    // National Insurance number

    @ParameterizedTest
    @CsvSource({
            "AB123456C,         AB123456C",
            "ab 12 34 56 c,     AB123456C",
            "AB 123456 C,       AB123456C",
            "' AB123456 C ',    AB123456C",
            "AB123456A,         AB123456A",
            "AB123456B,         AB123456B",
            "AB123456D,         AB123456D",
            "OA000000A,         OA000000A",
            "ZY999999D,         ZY999999D"})
    void aNationalInsuranceNumberIsStoredWithoutSpaces(String entered, String stored) {
        assertThat(canonical(NATIONAL_INSURANCE_NUMBER, entered)).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DA123456A", "FA123456A", "IA123456A", "QA123456A", "UA123456A", "VA123456A",
            "AD123456A", "AF123456A", "AI123456A", "AQ123456A", "AU123456A", "AV123456A", "QQ123456C"})
    void neitherPrefixLetterIsDFIQUOrV(String entered) {
        assertThat(refusal(NATIONAL_INSURANCE_NUMBER, entered).rule()).isEqualTo("No National Insurance number starts with "
                + entered.substring(0, 2) + ": check the number was copied correctly");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AO123456A", "BO123456A", "ZO123456A"})
    void theSecondPrefixLetterIsNotO(String entered) {
        assertThat(refusal(NATIONAL_INSURANCE_NUMBER, entered).rule()).startsWith("No National Insurance number starts with "
                + entered.substring(0, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})
    void prefixesThatAreNeverAllocatedAreRefused(String prefix) {
        assertThat(refusal(NATIONAL_INSURANCE_NUMBER, prefix + "123456A").rule())
                .isEqualTo("No National Insurance number starts with " + prefix + ": check the number was copied correctly");
    }

    @Test
    void theLettersOfANeverAllocatedPrefixAreFineOnTheirOwn() {
        assertThat(canonical(NATIONAL_INSURANCE_NUMBER, "BN123456A")).isEqualTo("BN123456A");
        assertThat(canonical(NATIONAL_INSURANCE_NUMBER, "KG123456A")).isEqualTo("KG123456A");
        assertThat(canonical(NATIONAL_INSURANCE_NUMBER, "TZ123456A")).isEqualTo("TZ123456A");
    }

    @ParameterizedTest
    @ValueSource(strings = {"OO", "CR", "FY", "MW", "NC"})
    void administrativeReferencesAreNotNationalInsuranceNumbers(String prefix) {
        assertThat(refusal(NATIONAL_INSURANCE_NUMBER, prefix + "123456A").rule())
                .isEqualTo(prefix + " is an administrative reference, not a National Insurance number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB123456E", "AB123456M", "AB123456F", "AB123456Z"})
    void theSuffixIsAToD(String entered) {
        assertThat(refusal(NATIONAL_INSURANCE_NUMBER, entered).rule())
                .isEqualTo("The National Insurance number must end in A, B, C or D");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB123456", "AB12345C", "AB1234567C", "A1234567C", "1B123456C", "ABC12345C", "AB123456CD",
            "AB12345CC", "11A11111", "63T12345", "AB12345\u0666C"})
    void aNationalInsuranceNumberOfTheWrongShapeIsRefused(String entered) {
        assertThat(refusal(NATIONAL_INSURANCE_NUMBER, entered).rule()).isEqualTo(NINO_SHAPE);
    }

    // Passport and driving licence: shape only

    @ParameterizedTest
    @CsvSource({
            "123456789,       123456789",
            "ab 12 34 567,    AB1234567",
            "12345,           12345",
            "A1B2C3D4E5F6G7H8I9J0, A1B2C3D4E5F6G7H8I9J0"})
    void aPassportNumberIsUpperCaseLettersAndDigits(String entered, String stored) {
        assertThat(canonical(PASSPORT, entered)).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234", "A1B2C3D4E5F6G7H8I9J0K", "12345-678", "1234/5678", "12345678\u00e9"})
    void aPassportNumberOfTheWrongShapeIsRefused(String entered) {
        assertThat(refusal(PASSPORT, entered).rule()).isEqualTo("Enter the passport number as 5 to 20 letters and digits");
    }

    @ParameterizedTest
    @CsvSource({
            "MORGA753116SM9IJ,         MORGA753116SM9IJ",
            "morga 753116 sm9ij,       MORGA753116SM9IJ",
            "NG999753116SM9IJ,         NG999753116SM9IJ",
            "O9999753116S99IJ,         O9999753116S99IJ",
            "SMITH601015J99AB,         SMITH601015J99AB"})
    void aDrivingLicenceNumberHasTheDvlaShape(String entered, String stored) {
        assertThat(canonical(DRIVING_LICENCE, entered)).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MORGA753116SM9I", "MORGA753116SM9IJK", "9ORGA753116SM9IJ", "NG9A9753116SM9IJ",
            "MORGA75311ASM9IJ", "MORGA753116S-9IJ", "MORGA753116SMAIJ", "MORGA753116SM9I1", "MORGA-753116-SM9IJ"})
    void aDrivingLicenceNumberOfTheWrongShapeIsRefused(String entered) {
        assertThat(refusal(DRIVING_LICENCE, entered).rule()).isEqualTo("Enter the driving licence number as the 16 letters "
                + "and digits on the licence, like MORGA753116SM9IJ");
    }

    // Every type

    @ParameterizedTest
    @CsvSource({
            "PNC_ID,                    Enter the PNC ID",
            "CRO_NUMBER,                Enter the CRO number",
            "NHS_NUMBER,                Enter the NHS number",
            "NATIONAL_INSURANCE_NUMBER, Enter the National Insurance number",
            "PASSPORT,                  Enter the passport number",
            "DRIVING_LICENCE,           Enter the driving licence number"})
    void aBlankIdentifierIsRefusedNotStoredAsBlank(IdentifierType type, String rule) {
        assertThat(refusal(type, null).rule()).isEqualTo(rule);
        assertThat(refusal(type, "").rule()).isEqualTo(rule);
        assertThat(refusal(type, " \t\u00a0 ").rule()).isEqualTo(rule);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr", "ar-EG", "th-TH-u-nu-thai"})
    void theResultDoesNotDependOnTheDefaultLocale(String languageTag) {
        // Turkish upper-cases i to a dotted capital; Arabic and Thai can format numbers with their own digits.
        var before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag(languageTag));
            assertThat(canonical(PASSPORT, "pi123456")).isEqualTo("PI123456");
            assertThat(canonical(PNC_ID, "03/12345n")).isEqualTo("2003/0012345N");
            assertThat(refusal(PNC_ID, "2027/0000123U").rule()).contains("after 2026:");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theFieldNamedIsTheOneGiven() {
        var refused = assertThrows(InvalidField.class,
                () -> IdentifierFormats.canonical(NHS_NUMBER, "123", "identifiers[2].value", MID_2026));
        assertThat(refused.field()).isEqualTo("identifiers[2].value");
    }

    @Test
    void eachTypeHasTheLabelPeopleKnowItBy() {
        assertThat(PNC_ID.label()).isEqualTo("PNC ID");
        assertThat(CRO_NUMBER.label()).isEqualTo("CRO number");
        assertThat(NHS_NUMBER.label()).isEqualTo("NHS number");
        assertThat(NATIONAL_INSURANCE_NUMBER.label()).isEqualTo("National Insurance number");
        assertThat(PASSPORT.label()).isEqualTo("Passport number");
        assertThat(DRIVING_LICENCE.label()).isEqualTo("Driving licence number");
    }

    // Display

    @Test
    void nhsAndNationalInsuranceNumbersAreShownGrouped() {
        assertThat(IdentifierFormats.display(NHS_NUMBER, "9434765919")).isEqualTo("943 476 5919");
        assertThat(IdentifierFormats.display(NATIONAL_INSURANCE_NUMBER, "AB123456C")).isEqualTo("AB 12 34 56 C");
    }

    @ParameterizedTest
    @CsvSource({
            "PNC_ID,          2003/0012345N",
            "CRO_NUMBER,      012345/99N",
            "CRO_NUMBER,      SF99/12345M",
            "PASSPORT,        123456789",
            "DRIVING_LICENCE, MORGA753116SM9IJ"})
    void otherIdentifiersAreShownAsStored(IdentifierType type, String stored) {
        assertThat(IdentifierFormats.display(type, stored)).isEqualTo(stored);
    }

    @Test
    void aValueNotInCanonicalFormIsShownUnchangedRatherThanMangled() {
        assertThat(IdentifierFormats.display(NHS_NUMBER, "943 476 5919")).isEqualTo("943 476 5919");
        assertThat(IdentifierFormats.display(NATIONAL_INSURANCE_NUMBER, "AB1234")).isEqualTo("AB1234");
    }

    @ParameterizedTest
    @EnumSource(IdentifierType.class)
    void displayingThenReEnteringGivesTheSameStoredValue(IdentifierType type) {
        var stored = switch (type) {
            case PNC_ID -> "1979/1234567X";
            case CRO_NUMBER -> "065432/86G";
            case NHS_NUMBER -> "4010232137";
            case NATIONAL_INSURANCE_NUMBER -> "AB123456C";
            case PASSPORT -> "AB1234567";
            case DRIVING_LICENCE -> "MORGA753116SM9IJ";
        };
        assertThat(canonical(type, IdentifierFormats.display(type, stored))).isEqualTo(stored);
    }
}
