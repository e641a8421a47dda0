package lt.savitarna.sdk.error;

import java.util.Locale;
import lt.savitarna.sdk.internal.i18n.Messages;

/**
 * The portal refused a request because the acknowledgement of the privacy policy and the Žemyna
 * club rules is missing or was withdrawn ({@code 422 CONSENT_REQUIRED}); the field error names
 * {@code consents.privacyPolicyAndRules}, or {@code acceptRules} when joining the Žemyna club
 * from a workspace. The same omission found before sending is a plain {@link ValidationException}
 * with that field (see there).
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
public class ConsentRequiredException extends ValidationException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a problem answer.
     *
     * @param problem the problem as sent
     * @param locale  the language of {@link #getLocalizedMessage()}
     */
    public ConsentRequiredException(Problem problem, Locale locale) {
        super(problem, locale);
    }

    /** Speaks of the club rules when the refused request was a loyalty join. */
    @Override
    public String message(Locale locale) {
        if (fieldError("acceptRules").isPresent()) {
            return Messages.get(locale, "error.CONSENT_REQUIRED.acceptRules");
        }
        return super.message(locale);
    }
}
