package lt.savitarna.sdk.signature.identity;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import lt.savitarna.sdk.error.ErrorCodes;
import lt.savitarna.sdk.error.FieldError;
import lt.savitarna.sdk.error.Problem;
import lt.savitarna.sdk.error.ValidationException;
import lt.savitarna.sdk.internal.i18n.SignatureMessages;

/**
 * Thrown when a Lithuanian personal code (or a certificate identity) cannot be accepted.
 *
 * <p>It is a client-side {@link ValidationException} (nothing was sent) with one field error on
 * {@value #FIELD}, so a form handles it like any other invalid input. {@link #getLocalizedMessage()}
 * tells the person what to check in Lithuanian or English; {@link #getMessage()} adds a technical
 * explanation. Neither repeats the code itself, so the exception is safe to log.
 * {@link #reason()} lets a user interface pick its own wording.
 *
 * <!-- sample: IdentityInput#read-personal-code -->
 * <pre>{@code
 * PersonalCode personalCode;
 * try {
 *     personalCode = PersonalCode.parse(typedCode); // surrounding spaces are ignored
 * } catch (InvalidPersonalCodeException e) {
 *     // reason() names the rule that failed: FORMAT, CENTURY, DATE or CHECK_DIGIT
 *     out.println("Personal code: " + e.getLocalizedMessage() + " (" + e.reason() + ")");
 *     return Optional.empty();
 * }
 * }</pre>
 */
public final class InvalidPersonalCodeException extends ValidationException {

    private static final long serialVersionUID = 1L;

    /** The field this exception reports in {@link #fieldErrors()}. */
    public static final String FIELD = "personalCode";
    /** The field-level code this exception reports in {@link #fieldErrors()}. */
    public static final String FIELD_CODE = "INVALID_PERSONAL_CODE";

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

    /**
     * Creates the exception; normally only the SDK does, but handlers can be tested with it.
     *
     * @param reason what made the code unacceptable
     * @param detail a technical explanation in English that never repeats the code
     */
    public InvalidPersonalCodeException(Reason reason, String detail) {
        super(new Problem(null, null, 0, detail, null, ErrorCodes.VALIDATION_FAILED, null,
                List.of(new FieldError(FIELD, FIELD_CODE, detail))), Locale.ENGLISH);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** {@return what made the code unacceptable} */
    public Reason reason() {
        return reason;
    }

    /** What to do, for people: Lithuanian for {@code lt}, English otherwise. */
    @Override
    public String message(Locale locale) {
        return SignatureMessages.get(locale, "error.INVALID_PERSONAL_CODE." + reason.name());
    }
}
