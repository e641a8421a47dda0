package lt.savitarna.sdk.error;

import java.util.Locale;

/**
 * The confirmed identity conflicts with an account ({@code 409}): {@code IDENTITY_MISMATCH} (this account was confirmed by another person) or {@code IDENTITY_BOUND_TO_OTHER_ACCOUNT} (this person confirmed another account; log in there).
 *
 * <pre>{@code
 * try {
 *     session.confirmIdentity(smartId, signer, listener);
 * } catch (IdentityConflictException e) {
 *     ui.show(e.message(Locale.forLanguageTag("lt")));
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
