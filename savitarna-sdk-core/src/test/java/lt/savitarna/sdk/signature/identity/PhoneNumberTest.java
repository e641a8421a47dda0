package lt.savitarna.sdk.signature.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    private static final Pattern LONG_DIGIT_RUN = Pattern.compile("\\d{5,}");

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {
        "+37061234567",
        "+370 612 34567",
        "+370-612-34567",
        "+370 (612) 34567",
        "+370.612.34567",
        "37061234567",
        "370 612 34567",
        "0037061234567",
        "00 370 612 34567",
        "861234567",
        "8 612 34567",
        "8 (612) 34-567",
        "8/612/34567",
        "061234567",
        "0 612 34567",
        "\t+370\u00A0612 34567 \n",
    })
    void normalisesLithuanianMobileNumbers(String text) {
        PhoneNumber phone = PhoneNumber.parse(text);

        assertEquals("+37061234567", phone.value());
        assertTrue(phone.isLithuanianMobile());
        assertTrue(PhoneNumber.isValid(text));
    }

    @Test
    void acceptsTheMobileIdDemoNumber() {
        assertEquals("+37060000666", PhoneNumber.parse("+37060000666").value());
        assertTrue(PhoneNumber.parse("860000666").isLithuanianMobile());
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource({
        "+372 5123 4567, +37251234567",
        "+3725123456, +3725123456",
        "00372 5123 4567, +37251234567",
        "+44 20 7946 0958, +442079460958",
        "+1 (202) 555-0143, +12025550143",
        // Lithuanian but not mobile: valid, yet not for Mobile-ID
        "+370 5 212 3456, +37052123456",
        "852123456, +37052123456",
        "052123456, +37052123456",
    })
    void acceptsOtherValidNumbersButDoesNotFlagThemAsLithuanianMobile(String text, String e164) {
        PhoneNumber phone = PhoneNumber.parse(text);

        assertEquals(e164, phone.value());
        assertFalse(phone.isLithuanianMobile());
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {
        "",
        "   ",
        "+",
        "()-",
        "abc",
        "+370 612 3456", // seven digits after 370
        "+370 612 345678", // nine digits after 370
        "3706123456",
        "370612345678",
        "0037061234",
        "61234567", // no prefix: refused rather than guessed
        "86123456",
        "8612345678",
        "72512345",
        "+0123456789",
        "+123456", // six digits
        "+1234567890123456", // sixteen digits
        "+370 612 34567 ext 1",
        "370+61234567",
        "++37061234567",
        "+370 612 34567#",
        "+370 ６12 34567", // full-width digit
    })
    void rejectsInvalidNumbers(String text) {
        assertThrows(InvalidPhoneNumberException.class, () -> PhoneNumber.parse(text));
        assertFalse(PhoneNumber.isValid(text));
    }

    @Test
    void rejectsNull() {
        assertThrows(NullPointerException.class, () -> PhoneNumber.parse(null));
        assertFalse(PhoneNumber.isValid(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+370 612 3456", "+37061234567x", "3706123456", "+1234567890123456"})
    void errorMessagesNeverRepeatTheNumber(String text) {
        InvalidPhoneNumberException e = assertThrows(InvalidPhoneNumberException.class, () -> PhoneNumber.parse(text));

        assertFalse(LONG_DIGIT_RUN.matcher(e.getMessage()).find(), e.getMessage());
    }

    @Test
    void lengthErrorsSayWhatIsExpected() {
        InvalidPhoneNumberException e = assertThrows(InvalidPhoneNumberException.class,
                () -> PhoneNumber.parse("+370 612 3456"));

        assertTrue(e.getMessage().contains("8 digits after +370"), e.getMessage());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "+37061234567, +370******67",
        "+37251234567, +372******67",
        "+3725123456, +372*****56",
        "+12025550143, +120******43",
    })
    void toStringMasksTheMiddleDigits(String text, String masked) {
        assertEquals(masked, PhoneNumber.parse(text).toString());
    }

    @Test
    void equalityFollowsTheNormalisedNumber() {
        assertEquals(PhoneNumber.parse("861234567"), PhoneNumber.parse("+370 612 34567"));
        assertEquals(PhoneNumber.parse("861234567").hashCode(), PhoneNumber.parse("+370 612 34567").hashCode());
        assertNotEquals(PhoneNumber.parse("861234567"), PhoneNumber.parse("861234568"));
    }
}
