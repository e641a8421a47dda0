package lt.savitarna.sdk.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DisplayTextTest {

    @Test
    void displayText60AcceptsUpToSixtyCharacters() {
        String text = "a".repeat(60);

        assertSame(text, DisplayText.smartIdDisplayText60(text));
        assertSame("Prisijungimas prie savitarnos", DisplayText.smartIdDisplayText60("Prisijungimas prie savitarnos"));
    }

    @Test
    void displayText60RefusesSixtyOne() {
        DisplayTextTooLongException e = assertThrows(DisplayTextTooLongException.class,
                () -> DisplayText.smartIdDisplayText60("a".repeat(61)));

        assertEquals(DisplayTextLimit.SMART_ID_DISPLAY_TEXT_60, e.limit());
        assertEquals(61, e.length());
        assertTrue(e.getMessage().contains("displayText60"), e.getMessage());
        assertTrue(e.getMessage().contains("60"), e.getMessage());
    }

    @Test
    void displayText200AcceptsUpToTwoHundredCharacters() {
        String text = "ą".repeat(200);

        assertSame(text, DisplayText.smartIdDisplayText200(text));
    }

    @Test
    void displayText200RefusesTwoHundredAndOne() {
        DisplayTextTooLongException e = assertThrows(DisplayTextTooLongException.class,
                () -> DisplayText.smartIdDisplayText200("ž".repeat(201)));

        assertEquals(DisplayTextLimit.SMART_ID_DISPLAY_TEXT_200, e.limit());
        assertEquals(201, e.length());
        assertTrue(e.getMessage().contains("200"), e.getMessage());
    }

    @Test
    void lithuanianLettersCountOnceAndEmojiTwice() {
        DisplayText.smartIdDisplayText60("Š".repeat(60));
        DisplayText.smartIdDisplayText60("\uD83C\uDF3E".repeat(30)); // 30 sheaves of rice, 60 UTF-16 units

        DisplayTextTooLongException e = assertThrows(DisplayTextTooLongException.class,
                () -> DisplayText.smartIdDisplayText60("\uD83C\uDF3E".repeat(31)));
        assertEquals(62, e.length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n", "   "})
    void refusesBlankTexts(String text) {
        for (UnaryOperator<String> check : List.<UnaryOperator<String>>of(
                DisplayText::smartIdDisplayText60, DisplayText::smartIdDisplayText200)) {
            InvalidDisplayTextException e = assertThrows(InvalidDisplayTextException.class, () -> check.apply(text));
            assertEquals(InvalidDisplayTextException.class, e.getClass());
        }
    }

    @Test
    void refusesNull() {
        assertThrows(NullPointerException.class, () -> DisplayText.smartIdDisplayText60(null));
        assertThrows(NullPointerException.class, () -> DisplayText.smartIdDisplayText200(null));
    }

    @Test
    void limitsAreTheDocumentedOnes() {
        assertEquals(60, DisplayTextLimit.SMART_ID_DISPLAY_TEXT_60.maximum());
        assertEquals(200, DisplayTextLimit.SMART_ID_DISPLAY_TEXT_200.maximum());
        assertEquals(100, DisplayTextLimit.MOBILE_ID_GSM_7.maximum());
        assertEquals(5, DisplayTextLimit.MOBILE_ID_GSM_7_EXTENSION.maximum());
        assertEquals(50, DisplayTextLimit.MOBILE_ID_UCS_2.maximum());
    }
}
