package lt.savitarna.sdk.error;

import java.util.Locale;

/**
 * The confirmed identity conflicts with an account ({@code 409}): {@code IDENTITY_MISMATCH} (this account was confirmed by another person) or {@code IDENTITY_BOUND_TO_OTHER_ACCOUNT} (this person confirmed another account; log in there).
 *
 * <!-- sample: SigningErrors#confirm-identity -->
 * <pre>{@code
 * try {
 *     Profile me = session.confirmIdentity(smartId, person, showCodes);
 *     out.println("Identity confirmed: " + me.identity().givenName() + " " + me.identity().surname());
 * } catch (IdentityConflictException e) {
 *     // Another account confirmed this identity, or this account confirmed another one.
 *     out.println(e.getLocalizedMessage());
 * }
 * }</pre>
 */
public class IdentityConflictException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * @param problem the portal's problem
     * @param locale  the language of {@link #getMessage()}
     */
    public IdentityConflictException(Problem problem, Locale locale) {
        super(problem, locale);
    }
}
