package lt.savitarna.sdk.signing;

import java.util.Locale;
import java.util.Objects;

/**
 * A Mobile-ID {@code displayText} with the {@code displayTextFormat} it must be sent in,
 * checked against the service's documented limits.
 *
 * <p>The SIM dialog shows at most 100 bytes of text besides the relying party's name and the
 * verification code. In GSM-7 that is 100 characters of the GSM 03.38 basic alphabet, of which
 * at most five may come from the extension table ({@code €[]^|{}\}, each taking two bytes); in
 * UCS-2 it is 50 characters. The service replaces every character that GSM-7 lacks with a
 * space, so Lithuanian letters ({@code ąčęėįšųūž}) need UCS-2. {@link #of(String)} picks GSM-7
 * when every character fits it, and UCS-2 otherwise. (Before October 2024 the documented limit
 * was 40 bytes: 40 GSM-7 or 20 UCS-2 characters.)
 *
 * <p>The canonical constructor lets a caller insist on UCS-2 for any text; it refuses GSM-7 for
 * a text that GSM-7 cannot carry. Characters outside the Basic Multilingual Plane (emoji) fit
 * neither encoding and are refused, as is a blank text.
 *
 * <!-- sample: SignDigestWithSmartId#mobile-id-display-text -->
 * <pre>{@code
 * MobileIdDisplayText text;
 * try {
 *     text = MobileIdDisplayText.of("Prisijungimas prie savitarnos: " + CONTRACT_TITLE);
 * } catch (InvalidDisplayTextException e) { // too long for its encoding, or an emoji
 *     text = MobileIdDisplayText.of("Prisijungimas prie „Savitarnos“");
 * }
 * if (text.format() == MobileIdTextFormat.UCS_2) { // Lithuanian letters: at most 50 characters
 *     out.println("The SIM dialog text is sent in " + text.format().wireName());
 * }
 * }</pre>
 *
 * @param text the text to show
 * @param format the encoding to send it in
 */
public record MobileIdDisplayText(String text, MobileIdTextFormat format) {

    private static final String CONTEXT = "Mobile-ID displayText";

    /**
     * Checks the text against the limits of the given encoding.
     *
     * @param text the text to show
     * @param format the encoding to send it in
     *
     * @throws DisplayTextTooLongException if the text exceeds a limit of the encoding
     * @throws InvalidDisplayTextException if the text is blank or has a character the encoding
     *     cannot carry
     */
    public MobileIdDisplayText {
        DisplayText.requireNotBlank(text, CONTEXT);
        Objects.requireNonNull(format, "format");
        if (format == MobileIdTextFormat.GSM_7) {
            checkGsm7(text);
        } else {
            checkUcs2(text);
        }
    }

    /**
     * Chooses the encoding for a text (GSM-7 if every character is in the GSM-7 alphabet, UCS-2
     * otherwise) and checks it against that encoding's limits.
     *
     * @param text the text to show
     * @return the text with its encoding
     * @throws DisplayTextTooLongException if the text exceeds a limit of the chosen encoding
     * @throws InvalidDisplayTextException if the text is blank or has a character neither
     *     encoding can carry
     */
    public static MobileIdDisplayText of(String text) {
        DisplayText.requireNotBlank(text, CONTEXT);
        boolean gsm7 = text.chars().allMatch(c -> Gsm7Alphabet.canEncode((char) c));
        return new MobileIdDisplayText(text, gsm7 ? MobileIdTextFormat.GSM_7 : MobileIdTextFormat.UCS_2);
    }

    private static void checkGsm7(String text) {
        int bytes = 0;
        int extensions = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Gsm7Alphabet.isBasic(c)) {
                bytes++;
            } else if (Gsm7Alphabet.isExtension(c)) {
                bytes += 2;
                extensions++;
            } else {
                throw new InvalidDisplayTextException(CONTEXT + " has the character " + describe(text, i)
                        + " at index " + i + ", which GSM-7 cannot carry; send it as UCS-2");
            }
        }
        if (extensions > DisplayTextLimit.MOBILE_ID_GSM_7_EXTENSION.maximum()) {
            throw new DisplayTextTooLongException(DisplayTextLimit.MOBILE_ID_GSM_7_EXTENSION, extensions, CONTEXT);
        }
        if (bytes > DisplayTextLimit.MOBILE_ID_GSM_7.maximum()) {
            throw new DisplayTextTooLongException(DisplayTextLimit.MOBILE_ID_GSM_7, bytes, CONTEXT);
        }
    }

    private static void checkUcs2(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                throw new InvalidDisplayTextException(CONTEXT + " has a character outside UCS-2 (such as an emoji)"
                        + " at index " + i + "; neither GSM-7 nor UCS-2 can carry it");
            }
        }
        if (text.length() > DisplayTextLimit.MOBILE_ID_UCS_2.maximum()) {
            throw new DisplayTextTooLongException(DisplayTextLimit.MOBILE_ID_UCS_2, text.length(),
                    CONTEXT + " in UCS-2" + firstNonGsm7(text));
        }
    }

    /** Explains why a too-long text had to be UCS-2, so that the author knows what to change. */
    private static String firstNonGsm7(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Gsm7Alphabet.canEncode(text.charAt(i))) {
                return " (needed for " + describe(text, i) + ", which GSM-7 lacks)";
            }
        }
        return "";
    }

    private static String describe(String text, int index) {
        char c = text.charAt(index);
        String code = String.format(Locale.ROOT, "U+%04X", (int) c);
        return Character.isISOControl(c) || Character.isSurrogate(c) ? code : "'" + c + "' (" + code + ")";
    }
}
