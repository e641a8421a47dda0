package lt.savitarna.sdk.error;

import java.util.Locale;

/**
 * The portal refused the password because it does not meet the policy
 * ({@code 422 PASSWORD_POLICY_VIOLATION}): 10 to 128 characters with at least one letter and one
 * digit. The field error names {@code password}.
 *
 * <pre>{@code
 * } catch (PasswordPolicyException e) {
 *     form.highlight("password", e.getLocalizedMessage());
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
