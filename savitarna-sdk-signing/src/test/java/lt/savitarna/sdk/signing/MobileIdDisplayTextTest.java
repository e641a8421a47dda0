package lt.savitarna.sdk.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MobileIdDisplayTextTest {

    /** GSM 03.38 basic table, written out independently of the implementation. */
    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    @ParameterizedTest
    @ValueSource(strings = {
        "Sign contract 2024-15?",
        "Log in to self-service",
        "Price: 5€ [VAT incl.]",
        "{a|b} ^ \\",
        "Δ Φ Γ Λ Ω Π Ψ Σ Θ Ξ",
        "Ärger über Öl, señor? ¿Qué? ¡Olé! §1 £2 ¥3 ¤4 @5",
        "line one\nline two",
    })
    void choosesGsm7WhenEveryCharacterFits(String text) {
        MobileIdDisplayText displayText = MobileIdDisplayText.of(text);

        assertEquals(MobileIdTextFormat.GSM_7, displayText.format());
        assertEquals(text, displayText.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Pasirašyti sutartį?",
        "ąčęėįšųūž",
        "ĄČĘĖĮŠŲŪŽ",
        "Подписать договор?",
        "Allkirjasta? ÕŠŽ šžõ",
        "ç is not Ç",
        "`backtick`",
        "approx ~5", // tilde is in the extension table, but not in Mobile-ID's documented list
        "„Agrokoncernas“",
        "tab\there",
    })
    void choosesUcs2OtherwiseSoThatNothingIsReplacedBySpaces(String text) {
        assertEquals(MobileIdTextFormat.UCS_2, MobileIdDisplayText.of(text).format());
    }

    static Stream<Character> gsmBasicCharacters() {
        return GSM_BASIC.chars().mapToObj(c -> (char) c);
    }

    @ParameterizedTest
    @MethodSource("gsmBasicCharacters")
    void everyBasicGsmCharacterIsGsm7AndTakesOneByte(char c) {
        assertTrue(Gsm7Alphabet.isBasic(c));
        assertEquals(MobileIdTextFormat.GSM_7, MobileIdDisplayText.of("x" + c).format());
        MobileIdDisplayText.of("x" + String.valueOf(c).repeat(99)); // 100 bytes: still fits
    }

    @Test
    void alphabetHasExactlyTheTablesCharacters() {
        long basic = IntStream.rangeClosed(0, 0xFFFF).filter(c -> Gsm7Alphabet.isBasic((char) c)).count();
        long extension = IntStream.rangeClosed(0, 0xFFFF).filter(c -> Gsm7Alphabet.isExtension((char) c)).count();
        long both = IntStream.rangeClosed(0, 0xFFFF)
                .filter(c -> Gsm7Alphabet.isBasic((char) c) && Gsm7Alphabet.isExtension((char) c)).count();

        assertEquals(127, basic, "128 codes minus the escape");
        assertEquals(GSM_BASIC.length(), basic);
        assertEquals(8, extension, "€[]^|{}\\");
        assertEquals(0, both);
        assertFalse(Gsm7Alphabet.canEncode('\u001B'), "the escape code is no character");
    }

    @Test
    void gsm7AllowsOneHundredBytes() {
        assertEquals(MobileIdTextFormat.GSM_7, MobileIdDisplayText.of("a".repeat(100)).format());
        MobileIdDisplayText.of("a".repeat(90) + "€[]{}"); // 90 + 5 × 2 = 100 bytes

        DisplayTextTooLongException e = assertThrows(DisplayTextTooLongException.class,
                () -> MobileIdDisplayText.of("a".repeat(101)));
        assertEquals(DisplayTextLimit.MOBILE_ID_GSM_7, e.limit());
        assertEquals(101, e.length());
        assertTrue(e.getMessage().contains("100"), e.getMessage());
    }

    @Test
    void extensionCharactersCountTwice() {
        DisplayTextTooLongException e = assertThrows(DisplayTextTooLongException.class,
                () -> MobileIdDisplayText.of("a".repeat(91) + "€[]{}"));

        assertEquals(DisplayTextLimit.MOBILE_ID_GSM_7, e.limit());
        assertEquals(101, e.length());
    }

    @Test
    void gsm7AllowsAtMostFiveExtensionCharacters() {
        MobileIdDisplayText.of("€€€€€");

        DisplayTextTooLongException e = assertThrows(DisplayTextTooLongException.class,
                () -> MobileIdDisplayText.of("Kaina €€€€€€"));
        assertEquals(DisplayTextLimit.MOBILE_ID_GSM_7_EXTENSION, e.limit());
        assertEquals(6, e.length());
        assertTrue(e.getMessage().contains("at most 5"), e.getMessage());
    }

    @Test
    void ucs2AllowsFiftyCharacters() {
        assertEquals(MobileIdTextFormat.UCS_2, MobileIdDisplayText.of("ą".repeat(50)).format());

        DisplayTextTooLongException e = assertThrows(DisplayTextTooLongException.class,
                () -> MobileIdDisplayText.of("ą".repeat(51)));
        assertEquals(DisplayTextLimit.MOBILE_ID_UCS_2, e.limit());
        assertEquals(51, e.length());
    }

    @Test
    void aSingleLithuanianLetterHalvesTheLimitAndTheMessageSaysWhich() {
        String text = "Pasirasyti sutarti Nr. 2024-15 su UAB Agrokoncernas, ar sutinkate? Taip";
        assertEquals(MobileIdTextFormat.GSM_7, MobileIdDisplayText.of(text).format());

        DisplayTextTooLongException e = assertThrows(DisplayTextTooLongException.class,
                () -> MobileIdDisplayText.of(text.replace("sutarti", "sutartį")));
        assertEquals(DisplayTextLimit.MOBILE_ID_UCS_2, e.limit());
        assertTrue(e.getMessage().contains("'į'"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sign \uD83D\uDE00", "\uD83C\uDF3E", "\uD83D"})
    void refusesCharactersThatNeitherEncodingCarries(String text) {
        InvalidDisplayTextException e = assertThrows(InvalidDisplayTextException.class,
                () -> MobileIdDisplayText.of(text));

        assertEquals(InvalidDisplayTextException.class, e.getClass());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\r"})
    void refusesBlankTexts(String text) {
        assertThrows(InvalidDisplayTextException.class, () -> MobileIdDisplayText.of(text));
        assertThrows(InvalidDisplayTextException.class, () -> new MobileIdDisplayText(text, MobileIdTextFormat.UCS_2));
    }

    @Test
    void refusesNulls() {
        assertThrows(NullPointerException.class, () -> MobileIdDisplayText.of(null));
        assertThrows(NullPointerException.class, () -> new MobileIdDisplayText("text", null));
    }

    @Test
    void callerMayInsistOnUcs2ButNotOnGsm7ForTextsItCannotCarry() {
        assertEquals(MobileIdTextFormat.UCS_2, new MobileIdDisplayText("Sign?", MobileIdTextFormat.UCS_2).format());

        InvalidDisplayTextException e = assertThrows(InvalidDisplayTextException.class,
                () -> new MobileIdDisplayText("Pasirašyti?", MobileIdTextFormat.GSM_7));
        assertTrue(e.getMessage().contains("'š'"), e.getMessage());

        DisplayTextTooLongException tooLong = assertThrows(DisplayTextTooLongException.class,
                () -> new MobileIdDisplayText("a".repeat(51), MobileIdTextFormat.UCS_2));
        assertEquals(DisplayTextLimit.MOBILE_ID_UCS_2, tooLong.limit());
    }

    @Test
    void wireNamesAreTheProtocols() {
        assertEquals("GSM-7", MobileIdTextFormat.GSM_7.wireName());
        assertEquals("UCS-2", MobileIdTextFormat.UCS_2.wireName());
    }
}
