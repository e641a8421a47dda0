package lt.savitarna.sdk.signing;

import java.util.Objects;

/**
 * Thrown when a text for the user's phone screen exceeds a documented limit, which
 * {@link #limit()} names.
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
public final class DisplayTextTooLongException extends InvalidDisplayTextException {

    private static final long serialVersionUID = 1L;

    /** The limit that was exceeded. */
    private final DisplayTextLimit limit;
    /** The text's length in the limit's unit. */
    private final int length;

    DisplayTextTooLongException(DisplayTextLimit limit, int length, String context) {
        super(context + " has " + length + " " + limit.unit() + "; at most " + limit.maximum() + " are allowed ("
                + limit.name() + ")");
        this.limit = Objects.requireNonNull(limit, "limit");
        this.length = length;
    }

    /** {@return the limit that was exceeded} */
    public DisplayTextLimit limit() {
        return limit;
    }

    /** {@return the text's length, counted in the limit's unit} */
    public int length() {
        return length;
    }
}
