package lt.savitarna.sdk.error;

import java.util.Locale;

/**
 * Registration refused: an account with this email already exists
 * ({@code 409 EMAIL_ALREADY_REGISTERED}). Members of the Žemyna farmers' club already have
 * credentials: the message suggests logging in with the club email and password instead.
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
public class EmailAlreadyRegisteredException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a problem answer.
     *
     * @param problem the problem as sent
     * @param locale  the language of {@link #getLocalizedMessage()}
     */
    public EmailAlreadyRegisteredException(Problem problem, Locale locale) {
        super(problem, locale);
    }
}
