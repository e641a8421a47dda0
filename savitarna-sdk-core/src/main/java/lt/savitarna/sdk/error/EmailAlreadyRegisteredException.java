package lt.savitarna.sdk.error;

import java.util.Locale;

/**
 * Registration refused: an account with this email already exists
 * ({@code 409 EMAIL_ALREADY_REGISTERED}). Members of the Žemyna farmers' club already have
 * credentials: the message suggests logging in with the club email and password instead.
 *
 * <pre>{@code
 * } catch (EmailAlreadyRegisteredException e) {
 *     Session session = client.login(email, password); // the Žemyna club credentials
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
