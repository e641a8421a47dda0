package lt.savitarna.sdk.error;

import java.util.Locale;

/**
 * E-signature login succeeded, but no account is bound to that person ({@code 401 NO_ACCOUNT_FOR_IDENTITY}): register or log in with email and password, then confirm the identity.
 *
 * <pre>{@code
 * try {
 *     client.login(smartId, signer, listener);
 * } catch (NoAccountForIdentityException e) {
 *     ui.show(e.message(Locale.forLanguageTag("lt")));
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
