package lt.savitarna.sdk.error;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lt.savitarna.sdk.internal.i18n.FieldMessages;
import lt.savitarna.sdk.internal.i18n.Messages;

/**
 * Input was invalid: found by the SDK before anything went on the wire ({@link #isClientSide()},
 * status {@code 0}), or reported by the portal as {@code 400 VALIDATION_FAILED}. Each problem is a
 * {@link FieldError} naming its field, e.g. {@code email} or {@code consents.privacyPolicyAndRules}.
 *
 * <p>A missing privacy-policy-and-rules acknowledgement found before the wire is a plain
 * {@code ValidationException} with the field error
 * {@code consents.privacyPolicyAndRules / CONSENT_REQUIRED}, listed together with any other field
 * problem; the portal's {@code 422 CONSENT_REQUIRED} is the subclass
 * {@link ConsentRequiredException}. Catching {@code ValidationException} and asking
 * {@link #fieldError(String)} handles both.
 *
 * <!-- sample: AccountErrors#registration-errors -->
 * <pre>{@code
 * try {
 *     Account account = client.accounts().register(registration);
 *     out.println("Registered " + account.email());
 * } catch (EmailAlreadyRegisteredException e) {
 *     out.println(e.getLocalizedMessage()); // suggests logging in, e.g. with the Žemyna club credentials
 * } catch (PasswordPolicyException | ConsentRequiredException e) {
 *     out.println(e.getLocalizedMessage()); // the portal's own check, when its rules are stricter than the SDK's
 * } catch (ValidationException e) {
 *     // Checked before sending: all problems at once, e.g. a weak password or a missing consent.
 *     for (FieldError error : e.fieldErrors()) {
 *         out.println(error.field() + ": " + error.message());
 *     }
 * }
 * }</pre>
 */
public class ValidationException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception for a problem answer about fields.
     *
     * @param problem the problem as sent
     * @param locale  the language of {@link #getLocalizedMessage()}
     */
    public ValidationException(Problem problem, Locale locale) {
        super(problem, locale);
    }

    /**
     * Creates the exception for problems found before sending: status {@code 0}, code
     * {@link ErrorCodes#VALIDATION_FAILED}, no request id.
     *
     * @param errors the field problems, at least one
     * @param locale the language of {@link #getLocalizedMessage()}
     * @return the exception to throw
     */
    public static ValidationException beforeWire(List<FieldError> errors, Locale locale) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one field error");
        }
        return new ValidationException(new Problem(null, null, 0, null, null,
                ErrorCodes.VALIDATION_FAILED, null, errors), locale);
    }

    /** Whether the SDK found the problem itself, so nothing was sent. */
    public boolean isClientSide() {
        return status() == 0;
    }

    /** The first problem of the given field, if there is one. */
    public Optional<FieldError> fieldError(String field) {
        return fieldErrors().stream().filter(fe -> fe.field().equals(field)).findFirst();
    }

    /** A heading followed by one sentence per field, each naming its field. */
    @Override
    public String message(Locale locale) {
        if (!ErrorCodes.VALIDATION_FAILED.equals(code()) || fieldErrors().isEmpty()) {
            return super.message(locale);
        }
        // Client-side errors carry exact sentences (with limits such as an offer's quantity range)
        // in the client's language; in another language the SDK's general sentence stands in.
        boolean ownWords = isClientSide() && Messages.supported(locale).equals(getLocale());
        StringBuilder text = new StringBuilder(Messages.get(locale, "error.VALIDATION_FAILED"));
        for (FieldError error : fieldErrors()) {
            text.append(' ').append(ownWords && !error.message().isBlank() ? error.message()
                    : FieldMessages.describe(locale, error));
        }
        return text.toString();
    }
}
