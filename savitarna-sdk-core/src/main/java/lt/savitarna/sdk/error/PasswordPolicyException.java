package lt.savitarna.sdk.error;

import java.util.Locale;

/**
 * The portal refused the password because it does not meet the policy
 * ({@code 422 PASSWORD_POLICY_VIOLATION}): 10 to 128 characters with at least one letter and one
 * digit. The field error names {@code password}.
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
public class PasswordPolicyException extends ValidationException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a problem answer.
     *
     * @param problem the problem as sent
     * @param locale  the language of {@link #getLocalizedMessage()}
     */
    public PasswordPolicyException(Problem problem, Locale locale) {
        super(problem, locale);
    }
}
