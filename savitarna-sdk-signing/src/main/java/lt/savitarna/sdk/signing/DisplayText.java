package lt.savitarna.sdk.signing;

import java.util.Objects;

/**
 * Checks the texts that the Smart-ID app shows, before they go on the wire.
 *
 * <p>Smart-ID interactions {@code displayTextAndPIN} and {@code verificationCodeChoice} carry a
 * {@code displayText60} of at most 60 characters; {@code confirmationMessage} and
 * {@code confirmationMessageAndVerificationCodeChoice} carry a {@code displayText200} of at most
 * 200. Characters are counted as Java counts them ({@link String#length()}, UTF-16 code units):
 * a character outside the Basic Multilingual Plane, such as an emoji, counts twice, which is
 * the stricter of the possible readings. A blank text is refused: it would leave the user
 * without any idea of what is being confirmed. Mobile-ID texts have other rules: see
 * {@link MobileIdDisplayText}.
 *
 * <!-- sample: SignDigestWithSmartId#fit-display-text -->
 * <pre>{@code
 * try {
 *     return DisplayText.smartIdDisplayText60(wanted);
 * } catch (DisplayTextTooLongException e) {
 *     DisplayTextLimit limit = e.limit(); // SMART_ID_DISPLAY_TEXT_60: at most 60 characters
 *     out.println("A text of " + e.length() + " characters is shortened to " + limit.maximum());
 *     return wanted.substring(0, limit.maximum() - 1) + "…";
 * }
 * }</pre>
 */
public final class DisplayText {

    private DisplayText() {
    }

    /**
     * Checks a Smart-ID {@code displayText60}.
     *
     * @param text the text
     * @return the same text, for use in an expression
     * @throws DisplayTextTooLongException if it is longer than 60 characters
     * @throws InvalidDisplayTextException if it is blank
     */
    public static String smartIdDisplayText60(String text) {
        return requireWithin(text, DisplayTextLimit.SMART_ID_DISPLAY_TEXT_60, "Smart-ID displayText60");
    }

    /**
     * Checks a Smart-ID {@code displayText200}.
     *
     * @param text the text
     * @return the same text, for use in an expression
     * @throws DisplayTextTooLongException if it is longer than 200 characters
     * @throws InvalidDisplayTextException if it is blank
     */
    public static String smartIdDisplayText200(String text) {
        return requireWithin(text, DisplayTextLimit.SMART_ID_DISPLAY_TEXT_200, "Smart-ID displayText200");
    }

    private static String requireWithin(String text, DisplayTextLimit limit, String context) {
        requireNotBlank(text, context);
        if (text.length() > limit.maximum()) {
            throw new DisplayTextTooLongException(limit, text.length(), context);
        }
        return text;
    }

    static void requireNotBlank(String text, String context) {
        Objects.requireNonNull(text, context);
        if (text.isBlank()) {
            throw new InvalidDisplayTextException(context + " must not be blank");
        }
    }
}
