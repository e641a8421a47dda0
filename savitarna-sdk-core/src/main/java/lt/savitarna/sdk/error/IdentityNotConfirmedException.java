package lt.savitarna.sdk.error;

import java.util.Locale;

/**
 * The account's identity is not confirmed by e-signature yet ({@code 403 IDENTITY_NOT_CONFIRMED}):
 * confirm it with Smart-ID or Mobile-ID before working with documents or representations.
 *
 * <!-- sample: FirstSteps#identity-not-confirmed -->
 * <pre>{@code
 * try {
 *     printRepresentations(session, out);
 * } catch (IdentityNotConfirmedException notYet) {
 *     // The message tells the person to confirm the identity with Smart-ID or Mobile-ID.
 *     out.println("Representations: " + notYet.getLocalizedMessage());
 * }
 * }</pre>
 */
public class IdentityNotConfirmedException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a problem answer.
     *
     * @param problem the problem as sent
     * @param locale  the language of {@link #getLocalizedMessage()}
     */
    public IdentityNotConfirmedException(Problem problem, Locale locale) {
        super(problem, locale);
    }
}
