package lt.savitarna.sdk.error;

import java.util.Locale;

/**
 * E-signature login succeeded, but no account is bound to that person ({@code 401 NO_ACCOUNT_FOR_IDENTITY}): register or log in with email and password, then confirm the identity.
 *
 * <!-- sample: SigningErrors#login-with-smart-id -->
 * <pre>{@code
 * try (Session session = client.login(smartId, person, showCodes)) {
 *     out.println("Logged in with Smart-ID; session " + session.state());
 * } catch (NoAccountForIdentityException e) {
 *     // Nobody confirmed this identity yet: register, log in with the password, then confirm it.
 *     out.println(e.getLocalizedMessage());
 * }
 * }</pre>
 */
public class NoAccountForIdentityException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * @param problem the portal's problem
     * @param locale  the language of {@link #getMessage()}
     */
    public NoAccountForIdentityException(Problem problem, Locale locale) {
        super(problem, locale);
    }
}
