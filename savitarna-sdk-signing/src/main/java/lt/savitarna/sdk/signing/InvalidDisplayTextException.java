package lt.savitarna.sdk.signing;

/**
 * Thrown when a text meant for the user's phone screen cannot be sent: it is blank, too long
 * ({@link DisplayTextTooLongException}), or has a character the chosen encoding cannot carry.
 * Display texts are not secret, so the message may quote the offending character.
 *
 * <pre>{@code
 * try {
 *     MobileIdDisplayText.of(text);
 * } catch (InvalidDisplayTextException e) {
 *     // shorten or simplify the text
 * }
 * }</pre>
 */
public class InvalidDisplayTextException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    InvalidDisplayTextException(String message) {
        super(message);
    }
}
