package lt.savitarna.sdk.error;

import java.util.Locale;

/**
 * Password login failed: the email or the password is wrong ({@code 401 INVALID_CREDENTIALS}).
 *
 * <!-- sample: AccountErrors#wrong-password -->
 * <pre>{@code
 * try (Session session = client.login(email, password)) {
 *     out.println("Logged in; session " + session.state());
 * } catch (InvalidCredentialsException e) {
 *     out.println(e.getLocalizedMessage()); // the same for an unknown email: it reveals no accounts
 * } finally {
 *     Arrays.fill(password, '\0');
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
