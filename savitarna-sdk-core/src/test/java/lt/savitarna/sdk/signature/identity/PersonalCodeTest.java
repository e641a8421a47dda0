package lt.savitarna.sdk.signature.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;

import lt.savitarna.sdk.signature.identity.InvalidPersonalCodeException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalCodeTest {

    private static final Pattern LONG_DIGIT_RUN = Pattern.compile("\\d{5,}");

    @ParameterizedTest(name = "{0} is valid, born {1}, {2}")
    @CsvSource({
        // the textbook example
        "33309240064, 1933-09-24, MALE",
        // Smart-ID demo accounts
        "30303039914, 1903-03-03, MALE",
        "30403039917, 1904-03-03, MALE",
        "30403039972, 1904-03-03, MALE",
        "30403039983, 1904-03-03, MALE",
        "40504049999, 1905-04-04, FEMALE",
        // Mobile-ID Lithuanian demo user
        "50001018865, 2000-01-01, MALE",
        // every century and sex digit
        "18501010000, 1885-01-01, MALE",
        "29912310009, 1899-12-31, FEMALE",
        "39912310000, 1999-12-31, MALE",
        "60001010007, 2000-01-01, FEMALE",
        // first-weights remainder 10: second weights decide
        "38703180157, 1987-03-18, MALE",
        // both remainders 10: the check digit is 0
        "38703180030, 1987-03-18, MALE",
        // leap days
        "52402290007, 2024-02-29, MALE",
        "38802291004, 1988-02-29, MALE",
        "50002291006, 2000-02-29, MALE",
    })
    void acceptsOrdinaryCodesAndReadsTheirDateAndSex(String text, LocalDate birthDate, Sex sex) {
        PersonalCode code = PersonalCode.parse(text);

        assertEquals(text, code.value());
        assertEquals(Optional.of(birthDate), code.birthDate());
        assertEquals(Optional.of(sex), code.sex());
        assertTrue(PersonalCode.isValid(text));
    }

    @ParameterizedTest(name = "{0}: sex {1}, no birth date")
    @CsvSource({
        // month and day unknown
        "38200001230, MALE",
        // day unknown
        "48205001233, FEMALE",
        // month unknown, day known
        "35000120000, MALE",
    })
    void acceptsCodesWithUnknownMonthOrDayWithoutABirthDate(String text, Sex sex) {
        PersonalCode code = PersonalCode.parse(text);

        assertEquals(Optional.empty(), code.birthDate());
        assertEquals(Optional.of(sex), code.sex());
    }

    @ParameterizedTest
    @ValueSource(strings = {"91234567895", "90000000009", "95000000008"})
    void acceptsCodesStartingWithNineWithoutDateOrSex(String text) {
        PersonalCode code = PersonalCode.parse(text);

        assertEquals(text, code.value());
        assertEquals(Optional.empty(), code.birthDate());
        assertEquals(Optional.empty(), code.sex());
    }

    @Test
    void codesStartingWithNineNeedNoDateButStillTheCheckDigit() {
        // digits 2-7 "999999" would be no date at all; only the check digit is examined
        String prefix = "9999999999";
        String valid = prefix + PersonalCode.checkDigit(prefix);

        assertTrue(PersonalCode.isValid(valid));
        assertReason(Reason.CHECK_DIGIT, prefix + ((PersonalCode.checkDigit(prefix) + 1) % 10));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "33309240164", // the textbook invalid example: serial changed
        "33309240065", // last digit changed
        "30303039915",
        "50001018866",
        "91234567890", // exceptional codes carry a check digit too
        "38200001231", // so do codes with an unknown date
    })
    void rejectsAWrongCheckDigit(String text) {
        assertReason(Reason.CHECK_DIGIT, text);
        assertFalse(PersonalCode.isValid(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "38702311006", // 31 February
        "38702291001", // 29 February 1987, not a leap year
        "30002291008", // 29 February 1900, not a leap year
        "10002291006", // 29 February 1800, not a leap year
        "38704311005", // 31 April
        "38713011008", // month 13
        "38701321008", // day 32
    })
    void rejectsImpossibleDatesEvenWithACorrectCheckDigit(String text) {
        assertEquals(text.charAt(10) - '0', PersonalCode.checkDigit(text), "test data has a valid check digit");
        assertReason(Reason.DATE, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"08701011002", "78701011009", "88701011009"})
    void rejectsFirstDigitsWithoutCenturyEvenWithACorrectCheckDigit(String text) {
        assertEquals(text.charAt(10) - '0', PersonalCode.checkDigit(text), "test data has a valid check digit");
        assertReason(Reason.CENTURY, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "   ",
        "3330924006",
        "333092400640",
        "3330924006a",
        "33309 240064",
        "3330924-0064",
        "+33309240064",
        "٣٣٣٠٩٢٤٠٠٦٤", // Arabic-Indic digits are digits to Java, not to the register
        "３３３０９２４００６４", // full-width digits
    })
    void rejectsAnythingButElevenAsciiDigits(String text) {
        assertReason(Reason.FORMAT, text);
    }

    @Test
    void ignoresSurroundingWhitespace() {
        assertEquals("33309240064", PersonalCode.parse(" \t33309240064\n").value());
    }

    @Test
    void rejectsNull() {
        assertThrows(NullPointerException.class, () -> PersonalCode.parse(null));
        assertFalse(PersonalCode.isValid(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"33309240164", "38702311006", "78701011009", "3330924006a", "333092400640"})
    void errorMessagesNeverRepeatTheCode(String text) {
        InvalidPersonalCodeException e = assertThrows(InvalidPersonalCodeException.class,
                () -> PersonalCode.parse(text));

        assertFalse(e.getMessage().contains(text));
        assertFalse(LONG_DIGIT_RUN.matcher(e.getMessage()).find(), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void toStringMasksAllButTheFirstAndLastDigit() {
        PersonalCode code = PersonalCode.parse("33309240064");

        assertEquals("3*********4", code.toString());
        assertFalse(code.toString().contains("330924006"));
    }

    @Test
    void equalityFollowsTheValue() {
        PersonalCode a = PersonalCode.parse("33309240064");
        PersonalCode b = PersonalCode.parse(" 33309240064 ");
        PersonalCode c = PersonalCode.parse("30303039914");

        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, c);
        assertNotEquals(a, "33309240064");
    }

    @Test
    void checkDigitMatchesTheWorkedExamples() {
        assertEquals(4, PersonalCode.checkDigit("3330924006"));
        assertEquals(7, PersonalCode.checkDigit("3870318015"));
        assertEquals(0, PersonalCode.checkDigit("3870318003"));
    }

    @Test
    void everyCodeWithAValidDateIsAcceptedWithItsCheckDigitOnlyAndRejectedWithAnyOther() {
        Random random = new Random(20240924L);
        LocalDate first = LocalDate.of(1800, 1, 1);
        for (int i = 0; i < 2_000; i++) {
            LocalDate birth = first.plusDays(random.nextInt(300 * 365));
            int centuryDigit = 1 + 2 * ((birth.getYear() - 1800) / 100) + random.nextInt(2);
            String prefix = String.format(Locale.ROOT, "%d%02d%02d%02d%03d", centuryDigit, birth.getYear() % 100,
                    birth.getMonthValue(), birth.getDayOfMonth(), random.nextInt(1000));
            int check = PersonalCode.checkDigit(prefix);

            for (int digit = 0; digit <= 9; digit++) {
                String text = prefix + digit;
                if (digit == check) {
                    PersonalCode code = PersonalCode.parse(text);
                    assertEquals(Optional.of(birth), code.birthDate(), text);
                    assertEquals(Optional.of(centuryDigit % 2 == 1 ? Sex.MALE : Sex.FEMALE), code.sex(), text);
                } else {
                    assertReason(Reason.CHECK_DIGIT, text);
                }
            }
        }
    }

    @Test
    void readsCertificateSerialsWithoutValidatingTheChecksum() {
        NationalIdentity valid = PersonalCode.fromCertificateSerial("PNOLT-30303039914");
        NationalIdentity badChecksum = PersonalCode.fromCertificateSerial("PNOLT-33309240164");

        assertEquals(new NationalIdentity("LT", IdentityType.PNO, "30303039914"), valid);
        assertEquals("33309240164", badChecksum.code());
    }

    private static void assertReason(Reason expected, String text) {
        InvalidPersonalCodeException e = assertThrows(InvalidPersonalCodeException.class,
                () -> PersonalCode.parse(text), () -> "expected " + expected + " for " + text);
        assertEquals(expected, e.reason(), e.getMessage());
    }
}
