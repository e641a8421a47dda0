package lt.savitarna.sdk.signing;

/**
 * Thrown when a text meant for the user's phone screen cannot be sent: it is blank, too long
 * ({@link DisplayTextTooLongException}), or has a character the chosen encoding cannot carry.
 * Display texts are not secret, so the message may quote the offending character.
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
 */
public class InvalidDisplayTextException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    InvalidDisplayTextException(String message) {
        super(message);
    }
}
