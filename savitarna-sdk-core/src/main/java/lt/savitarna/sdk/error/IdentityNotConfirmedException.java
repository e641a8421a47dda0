package lt.savitarna.sdk.error;

import java.util.Locale;

/**
 * The account's identity is not confirmed by e-signature yet ({@code 403 IDENTITY_NOT_CONFIRMED}):
 * confirm it with Smart-ID or Mobile-ID before working with documents or representations.
 *
 * <pre>{@code
 * } catch (IdentityNotConfirmedException e) {
 *     ui.showInfo(e.getLocalizedMessage()); // tells the person to confirm with Smart-ID or Mobile-ID
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
