package lt.savitarna.sdk.signing.identity;

import java.util.Objects;

/**
 * Thrown when a Lithuanian personal code (or a certificate identity) cannot be accepted.
 *
 * <p>The message says what is wrong in plain words but never repeats the code itself, so the
 * exception is safe to log. {@link #reason()} lets a user interface pick its own wording.
 *
 * <pre>{@code
 * try {
 *     PersonalCode.parse(input);
 * } catch (InvalidPersonalCodeException e) {
 *     if (e.reason() == InvalidPersonalCodeException.Reason.CHECK_DIGIT) {
 *         showError("Patikrinkite asmens kodą: paskutinis skaitmuo neatitinka");
 *     }
 * }
 * }</pre>
 */
public final class InvalidPersonalCodeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** What made the code unacceptable. */
    public enum Reason {
        /** Not eleven digits (or, for a certificate identity, not {@code TTTCC-code}). */
        FORMAT,
        /** The first digit encodes no century and sex (only 1–6 and the exceptional 9 do). */
        CENTURY,
        /** Digits 2–7 are no calendar date, not even one with an unknown month or day. */
        DATE,
        /** The last digit is not the check digit of the first ten. */
        CHECK_DIGIT
    }

    /** What made the code unacceptable. */
    private final Reason reason;

    InvalidPersonalCodeException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** {@return what made the code unacceptable} */
    public Reason reason() {
        return reason;
    }
}
