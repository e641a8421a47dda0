package lt.savitarna.sdk.error;

import java.util.Locale;

/**
 * Password login failed: the email or the password is wrong ({@code 401 INVALID_CREDENTIALS}).
 *
 * <pre>{@code
 * try {
 *     session = client.login(email, password);
 * } catch (InvalidCredentialsException e) {
 *     ui.showError(e.getLocalizedMessage());
 * }
 * }</pre>
 */
public class InvalidCredentialsException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a problem answer.
     *
     * @param problem the problem as sent
     * @param locale  the language of {@link #getLocalizedMessage()}
     */
    public InvalidCredentialsException(Problem problem, Locale locale) {
        super(problem, locale);
    }
}
