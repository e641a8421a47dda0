package lt.savitarna.sdk.error;

import java.util.Locale;

/**
 * The session cannot go on: the refresh token was rejected
 * ({@code 401 INVALID_REFRESH_TOKEN}). The session is then {@code CLOSED}; log in again.
 * Also thrown by every later call on a session that ended this way.
 *
 * <!-- sample: AccountErrors#session-expired -->
 * <pre>{@code
 * try {
 *     out.println("Logged in as " + session.me().email());
 * } catch (SessionExpiredException e) {
 *     out.println(e.getLocalizedMessage()); // the session is over for good: log in again
 *     try (Session again = client.login(email, password)) {
 *         out.println("Logged in again as " + again.me().email());
 *     }
 * }
 * }</pre>
 */
public class SessionExpiredException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a problem answer.
     *
     * @param problem the problem as sent
     * @param locale  the language of {@link #getLocalizedMessage()}
     */
    public SessionExpiredException(Problem problem, Locale locale) {
        super(problem, locale);
    }
}
